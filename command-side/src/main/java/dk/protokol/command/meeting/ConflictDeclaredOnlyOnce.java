package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

/** A member is conflicted on an item or not; saying it twice would count for nothing. */
record ConflictDeclaredOnlyOnce(boolean alreadyDeclared) implements DomainRule {

    @Override
    public boolean isBroken() {
        return alreadyDeclared;
    }

    @Override
    public String message() {
        return "Medlemmet er allerede registreret som inhabil i dette punkt.";
    }
}
