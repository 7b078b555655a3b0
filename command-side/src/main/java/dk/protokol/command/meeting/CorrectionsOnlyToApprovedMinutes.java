package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

/** Until the minutes are approved they are simply edited; a recorded correction is for approved minutes. */
record CorrectionsOnlyToApprovedMinutes(MeetingStatus status) implements DomainRule {

    @Override
    public boolean isBroken() {
        return status != MeetingStatus.MINUTES_APPROVED;
    }

    @Override
    public String message() {
        return "Referatet er ikke godkendt endnu. Ret referatets tekst direkte; rettelser registreres kun til "
                + "godkendte referater.";
    }
}
