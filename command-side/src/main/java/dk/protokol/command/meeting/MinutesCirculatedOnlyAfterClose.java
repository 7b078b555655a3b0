package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

/** The minutes are sent out for comments when the meeting is over. */
record MinutesCirculatedOnlyAfterClose(MeetingStatus status) implements DomainRule {

    @Override
    public boolean isBroken() {
        return status.isBefore(MeetingStatus.CLOSED);
    }

    @Override
    public String message() {
        return "Mødet er ikke afsluttet endnu. Referatet sendes ud, når mødet er afsluttet.";
    }
}
