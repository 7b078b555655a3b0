package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

/**
 * A comment the secretary has not answered is an open objection: while one is open, silence approves nothing and the
 * chair approves the minutes.
 */
record NoTacitApprovalWhileAnObjectionIsOpen(int openComments) implements DomainRule {

    @Override
    public boolean isBroken() {
        return openComments > 0;
    }

    @Override
    public String message() {
        return openComments == 1
                ? "Der er 1 ubesvaret bemærkning til referatet, så det kan ikke godkendes stiltiende."
                : "Der er " + openComments + " ubesvarede bemærkninger til referatet, så det kan ikke godkendes "
                + "stiltiende.";
    }
}
