package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.meeting.DecisionOutcome;

/**
 * A body with a quorum decides only when quorate (beslutningsdygtig): at least {@code quorum} voting members
 * (chair, vice-chair, members, and substitutes standing in for a member) are present at the item, not counting
 * those conflicted on it. Postponing an item is what a body that is not quorate does, so POSTPONED is exempt.
 */
record QuorumRequired(Integer quorum, int eligibleVoters, int conflicted, DecisionOutcome outcome)
        implements DomainRule {

    @Override
    public boolean isBroken() {
        return quorum != null && outcome != DecisionOutcome.POSTPONED && eligibleVoters < quorum;
    }

    @Override
    public String message() {
        String without = conflicted > 0 ? " (uden de " + conflicted + " inhabile)" : "";
        return "Organet er ikke beslutningsdygtigt i dette punkt: " + eligibleVoters + " stemmeberettigede medlemmer"
                + " er til stede" + without + ", og der skal være mindst " + quorum + ". Registrér fremmødet,"
                + " eller udsæt punktet.";
    }
}
