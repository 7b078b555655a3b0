package dk.protokol.query.history;

/** What kind of thing an {@link ItemHistory} tells the history of. */
public enum HistorySubject {
    MEETING,
    AGENDA_ITEM,
    DECISION,
    BODY,
    PERSON
}
