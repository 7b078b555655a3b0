package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.ids.BodyId;

/** A case is referred to one body; only that body's meetings take it onto their agenda. */
record ReferralBelongsToAnotherBody(BodyId targetBody, BodyId meetingsBody) implements DomainRule {

    @Override
    public boolean isBroken() {
        return !targetBody.equals(meetingsBody);
    }

    @Override
    public String message() {
        return "Sagen er henvist til et andet organ og kan kun sættes på dagsordenen til et af dets møder.";
    }
}
