package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

/** The minutes are sent out for comments once; comments are then worked into the notes until approval. */
record MinutesCirculatedOnlyOnce(MeetingStatus status) implements DomainRule {

    @Override
    public boolean isBroken() {
        return status == MeetingStatus.MINUTES_CIRCULATED || status == MeetingStatus.MINUTES_APPROVED;
    }

    @Override
    public String message() {
        return "Referatet er allerede sendt ud.";
    }
}
