package dk.protokol.events.query.actions;

/** Where an action stands: åben, udført, annulleret ({@code actionStatus.*} in the shared words). */
public enum ActionStatus {
    OPEN,
    DONE,
    CANCELLED
}
