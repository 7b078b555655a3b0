package dk.protokol.infra.audit;

import java.time.Instant;

/**
 * A checkpoint of the chain: the hash at a position, recorded at a time. Kept in the database ({@code
 * audit_checkpoint}) and, as a printed or filed statement, outside it: the statement is what shows that nothing was
 * cut off or rewritten after it was taken. {@code events} is how many events the chain held up to the position.
 */
public record Checkpoint(long position, byte[] hash, long events, Instant recordedAt, String recordedBy,
                         String reason) {

    /** A checkpoint given from outside (a statement, a query parameter): only position and hash are known. */
    public static Checkpoint given(long position, byte[] hash) {
        return new Checkpoint(position, hash, -1, null, null, "given");
    }
}
