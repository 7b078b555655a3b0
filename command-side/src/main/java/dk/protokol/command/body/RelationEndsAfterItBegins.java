package dk.protokol.command.body;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.words.Words;

import java.time.LocalDate;

/**
 * A relation declared from a day ends after that day: {@code on}, the first day it no longer holds, is later than
 * {@code from}, the first day it holds. A relation from the establishment ({@code from} null) is bounded by
 * {@link NoChangeBeforeEstablishment} instead.
 */
record RelationEndsAfterItBegins(LocalDate from, LocalDate on) implements DomainRule {

    @Override
    public boolean isBroken() {
        return from != null && !on.isAfter(from);
    }

    @Override
    public String message() {
        return "Relationen gælder fra " + Words.DANISH.date(from) + " og kan tidligst ophøre dagen efter, ikke pr. "
                + Words.DANISH.date(on) + ".";
    }

    @Override
    public String field() {
        return "on";
    }
}
