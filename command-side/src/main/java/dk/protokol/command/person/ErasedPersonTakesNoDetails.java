package dk.protokol.command.person;

import dk.protokol.command.common.DomainRule;

/** An erased person takes no new details: their key is gone, and new data would undo the erasure. */
record ErasedPersonTakesNoDetails(boolean erased) implements DomainRule {

    @Override
    public boolean isBroken() {
        return erased;
    }

    @Override
    public String message() {
        return "Personens oplysninger er slettet; der kan ikke registreres nye oplysninger om personen.";
    }

    @Override
    public String field() {
        return null;
    }
}
