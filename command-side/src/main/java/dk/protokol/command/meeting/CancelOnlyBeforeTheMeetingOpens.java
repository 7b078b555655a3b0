package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

/** A meeting is cancelled (aflyst) before it takes place; a meeting that has opened was held. */
record CancelOnlyBeforeTheMeetingOpens(MeetingStatus status) implements DomainRule {

    @Override
    public boolean isBroken() {
        return status.hasOpened();
    }

    @Override
    public String message() {
        return "Mødet er allerede åbnet og kan ikke aflyses. Afslut mødet i stedet.";
    }
}
