package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.meeting.AgendaItemKind;

/**
 * Only an item put on the agenda for decision (til beslutning) takes a decision: the members came prepared to
 * decide that and nothing else. An item for information or discussion gets notes; change its kind first if
 * the body did decide.
 */
record DecisionsOnlyOnDecisionItems(AgendaItemKind kind) implements DomainRule {

    @Override
    public boolean isBroken() {
        return kind != AgendaItemKind.DECISION;
    }

    @Override
    public String message() {
        String what = kind == AgendaItemKind.INFORMATION ? "til orientering" : "til drøftelse";
        return "Punktet er " + what + ", ikke til beslutning. Skriv det i referatet, eller ændr punktets type "
                + "til beslutning, hvis organet traf en beslutning.";
    }
}
