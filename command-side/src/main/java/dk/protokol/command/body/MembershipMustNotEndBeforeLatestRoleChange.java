package dk.protokol.command.body;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.words.Words;

import java.time.LocalDate;

/** Ending a membership before its latest recorded role change would leave that change outside the membership. */
record MembershipMustNotEndBeforeLatestRoleChange(LocalDate latestRoleFrom, LocalDate to) implements DomainRule {

    @Override
    public boolean isBroken() {
        return to.isBefore(latestRoleFrom);
    }

    @Override
    public String message() {
        return "Medlemskabet kan ikke slutte " + Words.DANISH.date(to) + ", før medlemmets seneste rolleskifte ("
                + Words.DANISH.date(latestRoleFrom) + ").";
    }
}
