package dk.protokol.command.action;

import dk.protokol.command.common.DomainRule;

/**
 * A moved due date, a cancellation and a reopening are explained in the action's history: evaluators and the
 * chair reviewing actions read why, not only that.
 */
record ReasonIsRequired(String reason, String forWhat) implements DomainRule {

    @Override
    public boolean isBroken() {
        return reason == null || reason.isBlank();
    }

    @Override
    public String message() {
        return "Angiv en begrundelse for " + forWhat + ".";
    }
}
