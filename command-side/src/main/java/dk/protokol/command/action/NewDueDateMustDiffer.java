package dk.protokol.command.action;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.words.Words;

import java.time.LocalDate;

/** A due-date change moves the due date; the same date again would record nothing but a reason. */
record NewDueDateMustDiffer(LocalDate currentDueDate, LocalDate newDueDate) implements DomainRule {

    @Override
    public boolean isBroken() {
        return currentDueDate.equals(newDueDate);
    }

    @Override
    public String message() {
        return "Fristen er allerede " + Words.DANISH.date(currentDueDate) + ". Vælg en anden dato.";
    }
}
