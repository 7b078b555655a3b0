package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.ids.BodyId;

import java.util.List;

/**
 * Only a body added to hold the meeting jointly can be withdrawn from it; the body that called the meeting holds it
 * until it is cancelled.
 */
record OnlyAJointBodyIsWithdrawn(BodyId callingBody, List<BodyId> jointBodies, BodyId withdrawn)
        implements DomainRule {

    @Override
    public boolean isBroken() {
        return !jointBodies.contains(withdrawn);
    }

    @Override
    public String field() {
        return "bodyId";
    }

    @Override
    public String message() {
        return callingBody.equals(withdrawn)
                ? "Mødets eget organ kan ikke trækkes fra mødet; aflys mødet i stedet."
                : "Organet holder ikke mødet sammen med mødets organ.";
    }
}
