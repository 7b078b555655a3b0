package dk.protokol.command.body;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.ids.BodyId;

/** A body cannot carry on its own work. */
record SuccessorIsAnotherBody(BodyId bodyId, BodyId successorId) implements DomainRule {

    @Override
    public boolean isBroken() {
        return bodyId.equals(successorId);
    }

    @Override
    public String message() {
        return "Et organ kan ikke være sin egen efterfølger. Vælg et andet organ.";
    }

    @Override
    public String field() {
        return "successorId";
    }
}
