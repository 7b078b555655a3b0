package dk.protokol.events.command;

/**
 * The one domain exception: a rule of the domain refuses a command. {@code rule} is the rule's
 * name (e.g. {@code AtMostOneChairOnAnyDate}); the message is Danish and written for a secretary.
 */
public class RuleViolation extends RuntimeException {

    private final String rule;

    public RuleViolation(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
