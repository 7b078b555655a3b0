package dk.protokol.query.minutes;

/** Where a meeting stands, as the minutes show it; its words are {@code meetingStatus.*} in the shared words. */
public enum MeetingStatus {
    SCHEDULED,
    AGENDA_PUBLISHED,
    OPEN,
    CLOSED,
    MINUTES_CIRCULATED,
    MINUTES_APPROVED,
    CANCELLED;

    /** Still ahead for the secretary: scheduled, its agenda sent out, or under way. */
    public boolean isComing() {
        return this == SCHEDULED || this == AGENDA_PUBLISHED || this == OPEN;
    }
}
