package dk.protokol.command.body;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.words.Words;

import java.time.LocalDate;

/** The last day of a membership is on or after its first day (a one-day membership is possible). */
record MembershipMustNotEndBeforeItStarts(LocalDate from, LocalDate to) implements DomainRule {

    @Override
    public boolean isBroken() {
        return to.isBefore(from);
    }

    @Override
    public String message() {
        return "Medlemskabet kan ikke slutte " + Words.DANISH.date(to) + ", før det begyndte (" + Words.DANISH.date(from) + ").";
    }
}
