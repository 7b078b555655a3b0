package dk.protokol.command.meeting;

/**
 * Where a meeting is in its life, in order: scheduled, agenda sent out, in session, ended, minutes sent out
 * for comments, minutes approved (locked). A meeting can be cancelled before it opens; that ends its life.
 */
enum MeetingStatus {
    SCHEDULED,
    AGENDA_PUBLISHED,
    OPEN,
    CLOSED,
    MINUTES_CIRCULATED,
    MINUTES_APPROVED,
    CANCELLED;

    boolean isBefore(MeetingStatus other) {
        return ordinal() < other.ordinal();
    }

    boolean hasOpened() {
        return !isBefore(OPEN) && this != CANCELLED;
    }
}
