package dk.protokol.command.action;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.words.Words;

import java.time.LocalDate;

/** An action is reported done when it has been done: the day it was completed is today or earlier. */
record CompletionNotInTheFuture(LocalDate completedOn, LocalDate today) implements DomainRule {

    @Override
    public boolean isBroken() {
        return completedOn.isAfter(today);
    }

    @Override
    public String message() {
        return "Handlingen kan ikke meldes udført med en dato i fremtiden (" + Words.DANISH.date(completedOn)
                + "). Meld den udført, når den er gjort.";
    }
}
