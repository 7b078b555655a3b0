package dk.protokol.command.body;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.words.Words;

import java.time.LocalDate;

/**
 * A body cannot be dissolved before it was established. Dissolving on the day it was established is allowed:
 * that is how a body set up by mistake is taken down again.
 */
record DissolutionMustNotPrecedeEstablishment(LocalDate establishedOn, LocalDate on) implements DomainRule {

    @Override
    public boolean isBroken() {
        return on.isBefore(establishedOn);
    }

    @Override
    public String message() {
        return "Organet kan ikke nedlægges " + Words.DANISH.date(on) + ", før det blev oprettet ("
                + Words.DANISH.date(establishedOn) + ").";
    }
}
