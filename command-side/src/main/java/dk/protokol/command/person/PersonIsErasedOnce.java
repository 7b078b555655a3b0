package dk.protokol.command.person;

import dk.protokol.command.common.DomainRule;

/** An erased person is not erased again: there is nothing left to erase, and the record says so once. */
record PersonIsErasedOnce(boolean erased) implements DomainRule {

    @Override
    public boolean isBroken() {
        return erased;
    }

    @Override
    public String message() {
        return "Personens oplysninger er allerede slettet.";
    }
}
