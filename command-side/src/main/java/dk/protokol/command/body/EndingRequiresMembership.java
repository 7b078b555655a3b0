package dk.protokol.command.body;

import dk.protokol.command.common.DomainRule;

/** Only a membership that exists can end. */
record EndingRequiresMembership(Membership latest) implements DomainRule {

    @Override
    public boolean isBroken() {
        return latest == null;
    }

    @Override
    public String message() {
        return "Personen er ikke medlem af organet, så der er intet medlemskab at afslutte.";
    }
}
