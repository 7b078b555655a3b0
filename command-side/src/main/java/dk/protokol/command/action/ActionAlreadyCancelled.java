package dk.protokol.command.action;

import dk.protokol.command.common.DomainRule;

/** A cancelled action is not expected to be done: it gets no new owner, due date, completion or cancellation. */
record ActionAlreadyCancelled(ActionStatus status) implements DomainRule {

    @Override
    public boolean isBroken() {
        return status == ActionStatus.CANCELLED;
    }

    @Override
    public String message() {
        return "Handlingen er annulleret. Genåbn den, hvis den alligevel skal udføres.";
    }
}
