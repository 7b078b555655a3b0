package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

/** An erased person makes no new comment: a comment is sealed under its author's key, and that key is gone. */
record ErasedPersonMakesNoComment(boolean erased) implements DomainRule {

    @Override
    public boolean isBroken() {
        return erased;
    }

    @Override
    public String message() {
        return "Personens oplysninger er slettet; der kan ikke gives en bemærkning fra personen.";
    }

    @Override
    public String field() {
        return "authorId";
    }
}
