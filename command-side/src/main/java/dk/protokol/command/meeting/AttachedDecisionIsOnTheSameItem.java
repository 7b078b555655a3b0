package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.ids.AgendaItemId;

/** A bilag attached to a decision is attached under the item where that decision was taken. */
record AttachedDecisionIsOnTheSameItem(AgendaItemId decisionsItem, AgendaItemId attachmentsItem)
        implements DomainRule {

    @Override
    public boolean isBroken() {
        return !decisionsItem.equals(attachmentsItem);
    }

    @Override
    public String field() {
        return "decisionId";
    }

    @Override
    public String message() {
        return "Beslutningen hører til et andet punkt. Vedhæft bilaget under det punkt, hvor beslutningen blev truffet.";
    }
}
