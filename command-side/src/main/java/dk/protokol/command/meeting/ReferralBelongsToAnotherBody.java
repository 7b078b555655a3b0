package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.ids.BodyId;

import java.util.Collection;

/**
 * A case is referred to one body; only that body's meetings take it onto their agenda (a fællesmøde it holds with
 * other bodies among them).
 */
record ReferralBelongsToAnotherBody(BodyId targetBody, Collection<BodyId> meetingsBodies) implements DomainRule {

    @Override
    public boolean isBroken() {
        return !meetingsBodies.contains(targetBody);
    }

    @Override
    public String message() {
        return "Sagen er henvist til et andet organ og kan kun sættes på dagsordenen til et af dets møder.";
    }
}
