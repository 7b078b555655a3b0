package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

/**
 * The agenda is sent out (udsendt) before the meeting. Sending it again after late changes is allowed and
 * recorded; once the meeting has opened, there is nothing left to send out.
 */
record AgendaPublishedOnlyBeforeTheMeetingOpens(MeetingStatus status) implements DomainRule {

    @Override
    public boolean isBroken() {
        return status.hasOpened();
    }

    @Override
    public String message() {
        return "Mødet er allerede åbnet, så dagsordenen kan ikke længere udsendes.";
    }
}
