package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

/** A meeting opens once; one that is in session or over cannot open again. */
record MeetingOpensOnlyOnce(MeetingStatus status) implements DomainRule {

    @Override
    public boolean isBroken() {
        return status.hasOpened();
    }

    @Override
    public String message() {
        return status == MeetingStatus.OPEN
                ? "Mødet er allerede åbnet."
                : "Mødet er afsluttet og kan ikke åbnes igen.";
    }
}
