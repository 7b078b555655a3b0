package dk.protokol.query.actions;

/** The kinds of change in an action's history, one per ActionItem event. */
public enum ChangeKind {
    OPENED,
    PROGRESS_REPORTED,
    REASSIGNED,
    DUE_DATE_CHANGED,
    COMPLETED,
    CANCELLED,
    REOPENED,
    /** A bilag attached to the action's progress (issue 14); the change's text is the file's name. */
    ATTACHMENT_ADDED
}
