package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.ids.BodyId;

import java.util.Collection;

/**
 * A case is referred (henvist) to another body; the body already has it. At a fællesmøde every body holding the
 * meeting has it.
 */
record ReferralToAnotherBody(Collection<BodyId> bodies, BodyId target) implements DomainRule {

    @Override
    public boolean isBroken() {
        return bodies.contains(target);
    }

    @Override
    public String field() {
        return "targetBodyId";
    }

    @Override
    public String message() {
        return "En sag henvises til et andet organ; organet holder selv mødet og har allerede sagen. Sæt den på et senere møde i "
                + "stedet.";
    }
}
