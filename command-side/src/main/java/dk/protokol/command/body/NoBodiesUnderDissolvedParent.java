package dk.protokol.command.body;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.words.Words;

import java.time.LocalDate;

/** A new body cannot be placed under a body that has been dissolved (nedlagt). */
record NoBodiesUnderDissolvedParent(LocalDate parentDissolvedOn) implements DomainRule {

    @Override
    public boolean isBroken() {
        return parentDissolvedOn != null;
    }

    @Override
    public String message() {
        return "Det overordnede organ er nedlagt pr. " + Words.DANISH.date(parentDissolvedOn)
                + "; et nyt organ kan ikke placeres under det.";
    }
}
