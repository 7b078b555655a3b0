package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

import java.time.Instant;

/** Minutes are approved tacitly only once the objection period has ended. */
record TacitApprovalOnlyAfterTheObjectionPeriod(Instant endsAt, Instant at) implements DomainRule {

    @Override
    public boolean isBroken() {
        return endsAt == null || at.isBefore(endsAt);
    }

    @Override
    public String message() {
        return "Indsigelsesfristen er ikke udløbet endnu, så referatet kan ikke godkendes stiltiende.";
    }
}
