package dk.protokol.events.command;

/**
 * One command of a {@link CommandBatch} was refused, so none of them was recorded: the command's refusal, its
 * field named under the command's name in the batch ({@link Refusal#under}).
 */
public class BatchRefused extends RuntimeException {

    private final transient Refusal refusal;

    public BatchRefused(Refusal refusal, Throwable cause) {
        super(refusal.message(), cause);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
