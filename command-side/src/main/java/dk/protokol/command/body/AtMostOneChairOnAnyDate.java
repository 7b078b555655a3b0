package dk.protokol.command.body;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.words.Words;

import java.util.List;
import java.util.Optional;

/**
 * A body has at most one chair (formand) on any day: the chair periods of different people must not overlap.
 * A role period runs from its {@code from} to the day before the member's next role change, or to the end of
 * the membership (inclusive), or open-ended.
 */
record AtMostOneChairOnAnyDate(List<DatePeriod> otherChairs, DatePeriod requested) implements DomainRule {

    @Override
    public boolean isBroken() {
        return clash().isPresent();
    }

    @Override
    public String message() {
        DatePeriod other = clash().orElseThrow();
        String period = other.to() == null
                ? "fra " + Words.DANISH.date(other.from())
                : "fra " + Words.DANISH.date(other.from()) + " til og med " + Words.DANISH.date(other.to());
        return "Organet har allerede en formand " + period + ". Der kan kun være én formand ad gangen: "
                + "skift først den nuværende formands rolle, eller afslut medlemskabet.";
    }

    private Optional<DatePeriod> clash() {
        return otherChairs.stream().filter(requested::overlaps).findFirst();
    }
}
