package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.ids.BodyId;

import java.util.List;

/** A body added to a fællesmøde is neither the body that called the meeting nor one that already holds it. */
record JointBodyIsAnotherBody(BodyId callingBody, List<BodyId> jointBodies, BodyId added) implements DomainRule {

    @Override
    public boolean isBroken() {
        return callingBody.equals(added) || jointBodies.contains(added);
    }

    @Override
    public String field() {
        return "bodyId";
    }

    @Override
    public String message() {
        return callingBody.equals(added)
                ? "Det er mødets eget organ; vælg et andet organ, der holder mødet sammen med det."
                : "Organet holder allerede mødet sammen med mødets organ.";
    }
}
