package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

/**
 * Every meeting opens with the standing item "Godkendelse af dagsorden og referat": the body approves its
 * agenda and the previous meeting's minutes there. It cannot be taken off the agenda.
 */
record StandingItemStaysOnTheAgenda(boolean standing) implements DomainRule {

    @Override
    public boolean isBroken() {
        return standing;
    }

    @Override
    public String message() {
        return "Det faste punkt \"" + Meeting.STANDING_ITEM_TITLE + "\" kan ikke tages af dagsordenen.";
    }
}
