package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

/**
 * An item that has notes, decisions, actions or referrals was dealt with; withdrawing it would hide from the
 * minutes what the body said and decided.
 */
record ItemWithMinutesCannotBeWithdrawn(boolean hasMinutes) implements DomainRule {

    @Override
    public boolean isBroken() {
        return hasMinutes;
    }

    @Override
    public String message() {
        return "Punktet er behandlet (der er referat, beslutning eller opfølgning på det) og kan ikke tages af "
                + "dagsordenen.";
    }
}
