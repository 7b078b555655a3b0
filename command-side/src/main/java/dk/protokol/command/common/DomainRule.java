package dk.protokol.command.common;

import dk.protokol.events.command.RuleViolation;

/**
 * One invariant of the domain. The rule's name is its type's simple name, so the 409 a secretary sees
 * names exactly the rule a developer finds in the code ({@code AtMostOneChairOnAnyDate.java}).
 */
public interface DomainRule {

    boolean isBroken();

    /** Danish, for a secretary: what is wrong and, where it helps, what to do instead. */
    String message();

    default String rule() {
        return getClass().getSimpleName();
    }

    /** The command's field the rule is about (a form shows the message beside it); null for the whole command. */
    default String field() {
        return null;
    }

    static void check(DomainRule rule) {
        if (rule.isBroken()) {
            throw new RuleViolation(rule.rule(), rule.field(), rule.message());
        }
    }
}
