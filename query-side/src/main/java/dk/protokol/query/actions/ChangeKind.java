package dk.protokol.query.actions;

/** The kinds of change in an action's history, one per ActionItem event. */
public enum ChangeKind {
    OPENED,
    PROGRESS_REPORTED,
    REASSIGNED,
    DUE_DATE_CHANGED,
    COMPLETED,
    CANCELLED,
    REOPENED
}
