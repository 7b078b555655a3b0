package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

/**
 * A conflicted (inhabil) member takes no part in the decision, so the votes cast (for, against, abstentions)
 * cannot outnumber the voting members present at the item who are not conflicted.
 */
record ConflictedMemberDoesNotVote(int votesCast, int eligibleVoters, int conflicted) implements DomainRule {

    @Override
    public boolean isBroken() {
        return votesCast > eligibleVoters;
    }

    @Override
    public String message() {
        String without = conflicted > 0
                ? " Inhabile medlemmer (" + conflicted + ") stemmer ikke og tælles ikke med."
                : "";
        return "Der er angivet " + votesCast + " stemmer, men kun " + eligibleVoters
                + " stemmeberettigede medlemmer er til stede i punktet." + without
                + " Ret stemmetallene, eller registrér fremmødet.";
    }
}
