package dk.protokol.command.body;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.words.Words;

import java.time.LocalDate;

/**
 * Role changes are recorded in date order: a change dated on or before the member's current role began
 * would rewrite a period that is already on record.
 */
record RoleChangeMustFollowPreviousChange(LocalDate currentRoleFrom, LocalDate from) implements DomainRule {

    @Override
    public boolean isBroken() {
        return !from.isAfter(currentRoleFrom);
    }

    @Override
    public String message() {
        return "Rolleskiftet skal ligge efter medlemmets seneste rolleskifte eller udpegning ("
                + Words.DANISH.date(currentRoleFrom) + ").";
    }
}
