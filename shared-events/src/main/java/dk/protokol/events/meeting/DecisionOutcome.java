package dk.protokol.events.meeting;

/** What came of a decision item. */
public enum DecisionOutcome {
    ADOPTED,
    REJECTED,
    POSTPONED,
    NOTED
}
