package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

/** Votes are counted people; none of the numbers can be below zero. */
record VotesCannotBeNegative(Integer votesFor, Integer votesAgainst, Integer abstentions) implements DomainRule {

    @Override
    public boolean isBroken() {
        return negative(votesFor) || negative(votesAgainst) || negative(abstentions);
    }

    @Override
    public String field() {
        return "votesFor";
    }

    @Override
    public String message() {
        return "Stemmetal kan ikke være negative.";
    }

    private static boolean negative(Integer votes) {
        return votes != null && votes < 0;
    }
}
