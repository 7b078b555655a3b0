package dk.protokol.query.minutes;

/** Where a meeting stands, as the minutes show it, with the Danish word a reader sees. */
public enum MeetingStatus {
    SCHEDULED("planlagt"),
    AGENDA_PUBLISHED("dagsorden udsendt"),
    OPEN("i gang"),
    CLOSED("afholdt"),
    MINUTES_CIRCULATED("referat udsendt"),
    MINUTES_APPROVED("referat godkendt"),
    CANCELLED("aflyst");

    private final String label;

    MeetingStatus(String label) {
        this.label = label;
    }

    /** Still ahead for the secretary: scheduled, its agenda sent out, or under way. */
    public boolean isComing() {
        return this == SCHEDULED || this == AGENDA_PUBLISHED || this == OPEN;
    }

    /** The Danish word for the status, e.g. "referat godkendt". */
    public String label() {
        return label;
    }
}
