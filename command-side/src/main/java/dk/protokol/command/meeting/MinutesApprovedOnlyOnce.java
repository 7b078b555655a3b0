package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

/** Minutes are approved once; from then on they are locked. */
record MinutesApprovedOnlyOnce(MeetingStatus status) implements DomainRule {

    @Override
    public boolean isBroken() {
        return status == MeetingStatus.MINUTES_APPROVED;
    }

    @Override
    public String message() {
        return "Referatet er allerede godkendt.";
    }
}
