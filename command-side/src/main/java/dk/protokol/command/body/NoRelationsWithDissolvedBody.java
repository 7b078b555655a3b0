package dk.protokol.command.body;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.words.Words;

import java.time.LocalDate;

/**
 * A dissolved (nedlagt) body takes part in no new relations, neither as source nor as target. A null date
 * means the body is not dissolved.
 */
public record NoRelationsWithDissolvedBody(LocalDate sourceDissolvedOn, LocalDate targetDissolvedOn)
        implements DomainRule {

    @Override
    public boolean isBroken() {
        return sourceDissolvedOn != null || targetDissolvedOn != null;
    }

    @Override
    public String message() {
        if (sourceDissolvedOn != null) {
            return "Organet er nedlagt pr. " + Words.DANISH.date(sourceDissolvedOn)
                    + " og kan ikke få nye relationer til andre organer.";
        }
        return "Det organ, relationen peger på, er nedlagt pr. " + Words.DANISH.date(targetDissolvedOn)
                + ". Der kan ikke oprettes nye relationer til et nedlagt organ.";
    }
}
