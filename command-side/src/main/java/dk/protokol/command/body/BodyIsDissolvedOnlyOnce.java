package dk.protokol.command.body;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.words.Words;

import java.time.LocalDate;

/** A body is dissolved (nedlagt) once; its dissolution date is not moved by dissolving it again. */
record BodyIsDissolvedOnlyOnce(LocalDate dissolvedOn) implements DomainRule {

    @Override
    public boolean isBroken() {
        return dissolvedOn != null;
    }

    @Override
    public String message() {
        return "Organet er allerede nedlagt pr. " + Words.DANISH.date(dissolvedOn) + ".";
    }
}
