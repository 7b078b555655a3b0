package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

/**
 * An erased person has no new remark recorded: a remark is sealed under its author's key, and an erased person's key
 * is gone for good.
 */
record ErasedPersonHasNoRemarkRecorded(boolean erased) implements DomainRule {

    @Override
    public boolean isBroken() {
        return erased;
    }

    @Override
    public String message() {
        return "Personens oplysninger er slettet; der kan ikke registreres en protokolbemærkning fra personen.";
    }

    @Override
    public String field() {
        return "personId";
    }
}
