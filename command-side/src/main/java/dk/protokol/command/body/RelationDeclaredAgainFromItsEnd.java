package dk.protokol.command.body;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.words.Words;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A relation that ended may be declared again, from the day it ended or later: the days it had ended stay
 * without it, so the org chart of those days does not change after the fact. A declaration without a date
 * ({@code from} null) holds from the body's establishment, so it is never a declaration again.
 */
record RelationDeclaredAgainFromItsEnd(List<EndedRelation> ended, DeclaredRelation candidate, LocalDate from)
        implements DomainRule {

    @Override
    public boolean isBroken() {
        return latestEnd().filter(end -> from == null || from.isBefore(end)).isPresent();
    }

    @Override
    public String message() {
        String end = latestEnd().map(Words.DANISH::date).orElse("");
        if (from == null) {
            return "Relationen ophørte pr. " + end + ". Angiv fra hvilken dag den gælder igen: tidligst " + end
                    + ".";
        }
        return "Relationen ophørte pr. " + end + " og kan tidligst gælde igen fra den dag, ikke fra "
                + Words.DANISH.date(from) + ".";
    }

    @Override
    public String field() {
        return "from";
    }

    /** The first day it no longer held, the last time it ended (each period ends after the one before). */
    private Optional<LocalDate> latestEnd() {
        return ended.stream().filter(e -> e.relation().equals(candidate)).map(EndedRelation::on)
                .max(LocalDate::compareTo);
    }
}
