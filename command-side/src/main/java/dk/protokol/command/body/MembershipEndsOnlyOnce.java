package dk.protokol.command.body;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.words.Words;

/** A membership's last day is recorded once; a second ending would contradict the first. */
record MembershipEndsOnlyOnce(Membership latest) implements DomainRule {

    @Override
    public boolean isBroken() {
        return latest.ended();
    }

    @Override
    public String message() {
        return "Medlemskabet er allerede afsluttet (sidste dag " + Words.DANISH.date(latest.to()) + ").";
    }
}
