package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.words.Words;

import java.time.LocalDate;

/** A dissolved (nedlagt) body takes no new cases. */
record NoReferralToADissolvedBody(LocalDate targetDissolvedOn) implements DomainRule {

    @Override
    public boolean isBroken() {
        return targetDissolvedOn != null;
    }

    @Override
    public String field() {
        return "targetBodyId";
    }

    @Override
    public String message() {
        return "Det organ, sagen skal henvises til, er nedlagt pr. " + Words.DANISH.date(targetDissolvedOn)
                + ". Vælg et andet organ.";
    }
}
