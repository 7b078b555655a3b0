package dk.protokol.command.action;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.words.Words;

import java.time.LocalDate;

/**
 * A completed action is done: it gets no new owner, due date, completion or cancellation. Reopening it first
 * puts the reason in its history.
 */
record ActionAlreadyCompleted(ActionStatus status, LocalDate completedOn) implements DomainRule {

    @Override
    public boolean isBroken() {
        return status == ActionStatus.DONE;
    }

    @Override
    public String message() {
        return "Handlingen er allerede meldt udført den " + Words.DANISH.date(completedOn)
                + ". Genåbn den, hvis der skal arbejdes videre med den.";
    }
}
