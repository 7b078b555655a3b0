package dk.protokol.events.command;

/**
 * The one domain exception: a rule of the domain refuses a command. {@code rule} is the rule's name (e.g.
 * {@code AtMostOneChairOnAnyDate}); the message is Danish and written for a secretary; {@code field} names the
 * command's field the rule is about, where it is about one (a form shows the message beside it), else null.
 */
public class RuleViolation extends RuntimeException {

    private final String rule;
    private final String field;

    public RuleViolation(String rule, String field, String message) {
        super(message);
        this.rule = rule;
        this.field = field;
    }

    public RuleViolation(String rule, String message) {
        this(rule, null, message);
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}
