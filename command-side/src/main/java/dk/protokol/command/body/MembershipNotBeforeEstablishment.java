package dk.protokol.command.body;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.words.Words;

import java.time.LocalDate;

/**
 * A membership cannot start before the body was established: on such a day the body does not exist, so the member
 * would show on no date of the organisation chart.
 */
record MembershipNotBeforeEstablishment(LocalDate establishedOn, LocalDate from) implements DomainRule {

    @Override
    public boolean isBroken() {
        return from.isBefore(establishedOn);
    }

    @Override
    public String field() {
        return "from";
    }

    @Override
    public String message() {
        return "Medlemskabet kan ikke begynde " + Words.DANISH.date(from) + ", før organet blev oprettet ("
                + Words.DANISH.date(establishedOn) + ").";
    }
}
