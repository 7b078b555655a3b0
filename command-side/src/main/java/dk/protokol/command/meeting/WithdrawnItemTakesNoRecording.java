package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

/** A withdrawn item stays visible as withdrawn, and nothing more is recorded on it or changed in it. */
record WithdrawnItemTakesNoRecording(boolean withdrawn, String title) implements DomainRule {

    @Override
    public boolean isBroken() {
        return withdrawn;
    }

    @Override
    public String message() {
        return "Punktet \"" + title + "\" er taget af dagsordenen, så der kan ikke registreres noget på det. "
                + "Tilføj et nyt punkt, hvis sagen alligevel skal behandles.";
    }
}
