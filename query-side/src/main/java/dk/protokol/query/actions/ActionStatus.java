package dk.protokol.query.actions;

/** Where an action stands: åben, udført, annulleret. */
public enum ActionStatus {
    OPEN("Åben"),
    DONE("Udført"),
    CANCELLED("Annulleret");

    private final String danish;

    ActionStatus(String danish) {
        this.danish = danish;
    }

    public String danish() {
        return danish;
    }
}
