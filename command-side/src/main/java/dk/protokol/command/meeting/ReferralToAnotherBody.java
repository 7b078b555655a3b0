package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.ids.BodyId;

/** A case is referred (henvist) to another body; the body already has it. */
record ReferralToAnotherBody(BodyId body, BodyId target) implements DomainRule {

    @Override
    public boolean isBroken() {
        return body.equals(target);
    }

    @Override
    public String field() {
        return "targetBodyId";
    }

    @Override
    public String message() {
        return "En sag henvises til et andet organ; dette organ har allerede sagen. Sæt den på et senere møde i "
                + "stedet.";
    }
}
