package dk.protokol.command.action;

/** Where an action is: open (being worked on), done (udført) or cancelled (annulleret); reopening opens it again. */
enum ActionStatus {
    OPEN,
    DONE,
    CANCELLED
}
