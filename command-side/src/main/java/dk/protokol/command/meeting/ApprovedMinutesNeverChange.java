package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

/**
 * Approved (godkendt) minutes are locked: no notes, decisions, attendance, remarks, follow-up or agenda changes.
 * What was wrong is put right by a recorded correction, which leaves the approved text visible beside it.
 */
record ApprovedMinutesNeverChange(MeetingStatus status) implements DomainRule {

    @Override
    public boolean isBroken() {
        return status == MeetingStatus.MINUTES_APPROVED;
    }

    @Override
    public String message() {
        return "Referatet er godkendt og kan ikke længere ændres. Fejl rettes ved at registrere en rettelse til "
                + "det godkendte referat.";
    }
}
