package dk.protokol.events.query.cases;

/** A referred case is waiting for the target body, or has been taken onto one of its meetings' agendas. */
public enum ReferralStatus {
    WAITING,
    ACCEPTED
}
