package dk.protokol.command.body;

import dk.protokol.command.common.Danish;
import dk.protokol.command.common.DomainRule;

/** A membership's last day is recorded once; a second ending would contradict the first. */
record MembershipEndsOnlyOnce(Membership latest) implements DomainRule {

    @Override
    public boolean isBroken() {
        return latest.ended();
    }

    @Override
    public String message() {
        return "Medlemskabet er allerede afsluttet (sidste dag " + Danish.date(latest.to()) + ").";
    }
}
