package dk.protokol.command.action;

import dk.protokol.command.common.DomainRule;

/** Progress is reported on an action that is being worked on, not on one that is done or cancelled. */
record ActionMustBeOpenToProgress(ActionStatus status) implements DomainRule {

    @Override
    public boolean isBroken() {
        return status != ActionStatus.OPEN;
    }

    @Override
    public String message() {
        String state = status == ActionStatus.DONE ? "meldt udført" : "annulleret";
        return "Der kan kun meldes status på en åben handling, og denne er " + state
                + ". Genåbn den først, hvis der skal arbejdes videre med den.";
    }
}
