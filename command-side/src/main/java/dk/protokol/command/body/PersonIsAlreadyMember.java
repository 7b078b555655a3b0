package dk.protokol.command.body;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.words.Words;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A person holds at most one membership of a body on any day. A new appointment runs open-ended from
 * {@code from}, so it collides with every earlier membership that has not ended before that day.
 */
record PersonIsAlreadyMember(List<Membership> membershipsOfPerson, LocalDate from) implements DomainRule {

    @Override
    public boolean isBroken() {
        return overlapping().isPresent();
    }

    @Override
    public String message() {
        Membership existing = overlapping().orElseThrow();
        return existing.ended()
                ? "Personen var medlem af organet til og med " + Words.DANISH.date(existing.to())
                + "; et nyt medlemskab kan tidligst begynde dagen efter."
                : "Personen er allerede medlem af organet (fra " + Words.DANISH.date(existing.from())
                + "). Skift medlemmets rolle i stedet, eller afslut medlemskabet først.";
    }

    private Optional<Membership> overlapping() {
        DatePeriod requested = new DatePeriod(from, null);
        return membershipsOfPerson.stream().filter(m -> m.period().overlaps(requested)).findFirst();
    }
}
