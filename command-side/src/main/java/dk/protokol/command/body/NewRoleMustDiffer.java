package dk.protokol.command.body;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.words.Words;

/** A role change changes the role; recording the same role again would split one period in two. */
record NewRoleMustDiffer(MemberRole current, MemberRole requested) implements DomainRule {

    @Override
    public boolean isBroken() {
        return current == requested;
    }

    @Override
    public String message() {
        return "Medlemmet har allerede rollen " + Words.DANISH.label(current) + ".";
    }
}
