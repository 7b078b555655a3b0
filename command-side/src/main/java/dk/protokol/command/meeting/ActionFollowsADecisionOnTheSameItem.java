package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.ids.AgendaItemId;

/** An action that follows up a decision is agreed under the item where that decision was taken. */
record ActionFollowsADecisionOnTheSameItem(AgendaItemId decisionsItem, AgendaItemId actionsItem)
        implements DomainRule {

    @Override
    public boolean isBroken() {
        return !decisionsItem.equals(actionsItem);
    }

    @Override
    public String message() {
        return "Beslutningen hører til et andet punkt. Registrér opfølgningen under det punkt, hvor beslutningen "
                + "blev truffet.";
    }
}
