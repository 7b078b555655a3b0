package dk.protokol.command.action;

import dk.protokol.command.common.DomainRule;

/** A progress report says how the action is going; an empty one tells the body nothing. */
record ProgressNoteIsRequired(String note) implements DomainRule {

    @Override
    public boolean isBroken() {
        return note == null || note.isBlank();
    }

    @Override
    public String message() {
        return "Skriv, hvordan det går med handlingen.";
    }
}
