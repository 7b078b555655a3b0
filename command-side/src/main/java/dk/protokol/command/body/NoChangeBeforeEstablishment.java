package dk.protokol.command.body;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.words.Words;

import java.time.LocalDate;

/**
 * A body's name, mandate, cadence, quorum, relations and successor change no earlier than the body exists.
 * {@code field} is the command's field that carries the date ({@code on}; a relation's declaration: {@code from}).
 */
record NoChangeBeforeEstablishment(LocalDate establishedOn, LocalDate on, String field) implements DomainRule {

    NoChangeBeforeEstablishment(LocalDate establishedOn, LocalDate on) {
        this(establishedOn, on, "on");
    }

    @Override
    public boolean isBroken() {
        return on.isBefore(establishedOn);
    }

    @Override
    public String message() {
        return "Organet blev oprettet " + Words.DANISH.date(establishedOn) + ". En ændring kan tidligst gælde fra"
                + " den dag, ikke fra " + Words.DANISH.date(on) + ".";
    }
}
