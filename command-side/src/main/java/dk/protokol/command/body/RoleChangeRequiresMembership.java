package dk.protokol.command.body;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.words.Words;

import java.time.LocalDate;

/** Only a member has a role, so a role changes on a day the person's (latest) membership covers. */
record RoleChangeRequiresMembership(Membership latest, LocalDate from) implements DomainRule {

    @Override
    public boolean isBroken() {
        return latest == null || !latest.period().contains(from);
    }

    @Override
    public String message() {
        return "Personen er ikke medlem af organet den " + Words.DANISH.date(from)
                + "; kun et medlems rolle kan ændres.";
    }
}
