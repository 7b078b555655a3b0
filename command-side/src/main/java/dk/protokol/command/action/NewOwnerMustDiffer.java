package dk.protokol.command.action;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.ids.PersonId;

/** A reassignment gives the action to someone else; "reassigning" it to its owner would record nothing. */
record NewOwnerMustDiffer(PersonId currentOwner, PersonId newOwner) implements DomainRule {

    @Override
    public boolean isBroken() {
        return currentOwner.equals(newOwner);
    }

    @Override
    public String message() {
        return "Personen er allerede ansvarlig for handlingen. Vælg en anden ansvarlig.";
    }
}
