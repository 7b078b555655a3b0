package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

/** An erased person's attendance is not recorded any more: their data is gone. */
record ErasedPersonDoesNotAttend(boolean erased) implements DomainRule {

    @Override
    public boolean isBroken() {
        return erased;
    }

    @Override
    public String message() {
        return "Personens oplysninger er slettet; der kan ikke registreres fremmøde for personen.";
    }

    @Override
    public String field() {
        return "personId";
    }
}
