package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

/** An amendment that changes nothing would only add noise to the item's history. */
record AmendmentMustChangeSomething(boolean changesSomething) implements DomainRule {

    @Override
    public boolean isBroken() {
        return !changesSomething;
    }

    @Override
    public String message() {
        return "Ændringen ændrer ikke punktet: titel, type, beskrivelse og oplægsholder er de samme som før.";
    }
}
