package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

/** A bilag is withdrawn once; it keeps its number and stays in the history. */
record AttachmentWithdrawnOnlyOnce(boolean alreadyWithdrawn) implements DomainRule {

    @Override
    public boolean isBroken() {
        return alreadyWithdrawn;
    }

    @Override
    public String message() {
        return "Bilaget er allerede trukket tilbage.";
    }
}
