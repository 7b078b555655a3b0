package dk.protokol.command.body;

import dk.protokol.command.common.DomainRule;

/** An erased person takes no new seat: their data is gone, and a seat would name them again. */
record ErasedPersonIsNotAppointed(boolean erased) implements DomainRule {

    @Override
    public boolean isBroken() {
        return erased;
    }

    @Override
    public String message() {
        return "Personens oplysninger er slettet; personen kan ikke udpeges.";
    }

    @Override
    public String field() {
        return "personId";
    }
}
