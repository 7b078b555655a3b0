package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

/** The members must have had the minutes to comment on before the chair approves them. */
record MinutesApprovedOnlyAfterCirculation(MeetingStatus status) implements DomainRule {

    @Override
    public boolean isBroken() {
        return status.isBefore(MeetingStatus.MINUTES_CIRCULATED);
    }

    @Override
    public String message() {
        return status.isBefore(MeetingStatus.CLOSED)
                ? "Mødet er ikke afsluttet endnu, så referatet kan ikke godkendes."
                : "Referatet er ikke sendt ud endnu. Send referatet ud til kommentering, før det godkendes.";
    }
}
