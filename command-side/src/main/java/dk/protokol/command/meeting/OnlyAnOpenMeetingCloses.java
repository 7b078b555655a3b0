package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

/** Only a meeting in session can end. */
record OnlyAnOpenMeetingCloses(MeetingStatus status) implements DomainRule {

    @Override
    public boolean isBroken() {
        return status != MeetingStatus.OPEN;
    }

    @Override
    public String message() {
        return status.isBefore(MeetingStatus.OPEN)
                ? "Mødet er ikke åbnet endnu og kan derfor ikke afsluttes."
                : "Mødet er allerede afsluttet.";
    }
}
