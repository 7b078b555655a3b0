package dk.protokol.command.body;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.words.Words;

import java.time.LocalDate;

/** The successor carries on the work from {@code on}, so it exists that day: established by then, not dissolved. */
record SuccessorMustExistOnTheDay(KnownBody successor, LocalDate on) implements DomainRule {

    @Override
    public boolean isBroken() {
        return notYetEstablished() || dissolved();
    }

    @Override
    public String message() {
        if (dissolved()) {
            return "Efterfølgeren er nedlagt pr. " + Words.DANISH.date(successor.dissolvedOn())
                    + " og kan ikke videreføre arbejdet fra " + Words.DANISH.date(on) + ".";
        }
        return "Efterfølgeren oprettes først " + Words.DANISH.date(successor.establishedOn())
                + " og kan ikke videreføre arbejdet fra " + Words.DANISH.date(on) + ".";
    }

    @Override
    public String field() {
        return "successorId";
    }

    private boolean notYetEstablished() {
        return successor.establishedOn() != null && on.isBefore(successor.establishedOn());
    }

    private boolean dissolved() {
        return successor.dissolvedOn() != null && !on.isBefore(successor.dissolvedOn());
    }
}
