package dk.protokol.events.caller;

/**
 * Roles an account holds across all bodies (DESIGN.md "Security"). The roles in a body (SECRETARY, CHAIR, ...) are
 * never granted to an account: they follow from the linked person's memberships ({@link Callers#rolesIn}).
 */
public enum GlobalRole {

    /** Organisation and users. */
    ADMIN,
    /** Reads everything, audit, export. */
    EVALUATOR
}
