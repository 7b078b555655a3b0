package dk.protokol.events.organisation;

/** The kinds of bodies a partnership has (DOMAIN.md "The bodies"). */
public enum BodyKind {
    STEERING_GROUP,
    FORUM,
    BOARD,
    SECRETARIAT,
    FOLLOW_UP_GROUP,
    QUARTER_NETWORK,
    COORDINATION_GROUP,
    WORKING_GROUP,
    NETWORK
}
