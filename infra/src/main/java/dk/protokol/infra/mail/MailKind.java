package dk.protokol.infra.mail;

/** What a mail of the outbox is about; the outbox's unique key holds it beside the source and the recipient. */
public enum MailKind {
    /** The agenda was published: date, place, items, the invitation (METHOD:REQUEST). */
    AGENDA,
    /** A meeting whose agenda was out was moved: the invitation again, with a higher SEQUENCE. */
    AGENDA_UPDATED,
    /** A meeting whose agenda was out was cancelled: METHOD:CANCEL. */
    MEETING_CANCELLED,
    /** The minutes are out for comment. */
    MINUTES_CIRCULATED,
    /** The minutes were approved. */
    MINUTES_APPROVED,
    /** An open action is due within the reminders' days. */
    ACTION_DUE,
    /** An open action is past its due date. */
    ACTION_OVERDUE
}
