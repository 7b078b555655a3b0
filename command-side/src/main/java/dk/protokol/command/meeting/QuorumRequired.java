package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.meeting.DecisionOutcome;

/**
 * A body with a quorum decides only when quorate (beslutningsdygtig): at least {@code quorum} voting members
 * (chair, vice-chair, members, and substitutes standing in for a member) are present at the item, not counting
 * those conflicted on it. Postponing an item is what a body that is not quorate does, so POSTPONED is exempt.
 * At a fællesmøde each body holding the meeting must be quorate by its own members ({@code jointBody}: the rule is
 * checked for a body added to the meeting, not for the body that called it).
 */
record QuorumRequired(Integer quorum, int eligibleVoters, int conflicted, DecisionOutcome outcome, boolean jointBody)
        implements DomainRule {

    QuorumRequired(Integer quorum, int eligibleVoters, int conflicted, DecisionOutcome outcome) {
        this(quorum, eligibleVoters, conflicted, outcome, false);
    }

    @Override
    public boolean isBroken() {
        return quorum != null && outcome != DecisionOutcome.POSTPONED && eligibleVoters < quorum;
    }

    @Override
    public String message() {
        String without = conflicted > 0 ? " (uden de " + conflicted + " inhabile)" : "";
        String body = jointBody ? "Et af de organer, der holder mødet sammen med mødets organ, er"
                : "Organet er";
        return body + " ikke beslutningsdygtigt i dette punkt: " + eligibleVoters + " stemmeberettigede medlemmer"
                + (jointBody ? " af det" : "") + " er til stede" + without + ", og der skal være mindst " + quorum
                + ". Registrér fremmødet, eller udsæt punktet.";
    }
}
