package dk.protokol.events.organisation;

/** How one body stands to another. */
public enum RelationKind {
    /** the source body reports to the target (must not form a cycle) */
    REPORTS_TO,
    /** the source body prepares cases for the target (FKU prepares for BPS) */
    PREPARES_FOR,
    /** the source body serves the target (the secretariat serves every body) */
    SERVES
}
