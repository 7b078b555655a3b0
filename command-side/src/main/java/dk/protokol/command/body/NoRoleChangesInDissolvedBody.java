package dk.protokol.command.body;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.words.Words;

import java.time.LocalDate;

/** A dissolved (nedlagt) body's roles are history; they are no longer changed. */
record NoRoleChangesInDissolvedBody(LocalDate dissolvedOn) implements DomainRule {

    @Override
    public boolean isBroken() {
        return dissolvedOn != null;
    }

    @Override
    public String message() {
        return "Organet er nedlagt pr. " + Words.DANISH.date(dissolvedOn) + "; medlemmernes roller kan ikke ændres.";
    }
}
