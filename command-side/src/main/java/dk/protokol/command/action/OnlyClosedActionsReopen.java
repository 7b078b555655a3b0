package dk.protokol.command.action;

import dk.protokol.command.common.DomainRule;

/** Only a completed or cancelled action can be reopened. */
record OnlyClosedActionsReopen(ActionStatus status) implements DomainRule {

    @Override
    public boolean isBroken() {
        return status == ActionStatus.OPEN;
    }

    @Override
    public String message() {
        return "Handlingen er allerede åben. Kun en udført eller annulleret handling kan genåbnes.";
    }
}
