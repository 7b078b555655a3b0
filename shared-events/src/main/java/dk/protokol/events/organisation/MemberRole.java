package dk.protokol.events.organisation;

/** A member's role in a body. */
public enum MemberRole {
    CHAIR,
    VICE_CHAIR,
    MEMBER,
    SUBSTITUTE,
    OBSERVER,
    SECRETARY
}
