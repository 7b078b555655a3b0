package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.meeting.AgendaItemKind;

/** An item with a decision was an item for decision; changing its kind would leave a decision without one. */
record DecidedItemStaysADecisionItem(boolean hasDecisions, AgendaItemKind newKind) implements DomainRule {

    @Override
    public boolean isBroken() {
        return hasDecisions && newKind != AgendaItemKind.DECISION;
    }

    @Override
    public String field() {
        return "kind";
    }

    @Override
    public String message() {
        return "Der er truffet beslutning i punktet, så det skal forblive et punkt til beslutning.";
    }
}
