package dk.protokol.command.body;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.ids.BodyId;

/** A body does not report to, prepare for or serve itself. */
record RelationToItselfNotAllowed(BodyId source, BodyId target) implements DomainRule {

    @Override
    public boolean isBroken() {
        return source.equals(target);
    }

    @Override
    public String message() {
        return "Et organ kan ikke have en relation til sig selv.";
    }
}
