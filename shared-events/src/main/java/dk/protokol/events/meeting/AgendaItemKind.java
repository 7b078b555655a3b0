package dk.protokol.events.meeting;

/** The kind of an agenda item: til orientering, til drøftelse, til beslutning. */
public enum AgendaItemKind {
    INFORMATION,
    DISCUSSION,
    DECISION
}
