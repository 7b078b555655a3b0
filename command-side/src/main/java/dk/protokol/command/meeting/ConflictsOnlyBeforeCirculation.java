package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

/**
 * A member declares a conflict of interest (inhabilitet) before or at the meeting; the secretary may record it
 * until the minutes are sent out, not after the members have read who took part in which decision.
 */
record ConflictsOnlyBeforeCirculation(MeetingStatus status) implements DomainRule {

    @Override
    public boolean isBroken() {
        return !status.isBefore(MeetingStatus.MINUTES_CIRCULATED) && status != MeetingStatus.CANCELLED;
    }

    @Override
    public String message() {
        return "Referatet er sendt ud, så der kan ikke længere registreres inhabilitet på mødets punkter.";
    }
}
