package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

/** Silence approves minutes only where the body chose tacit approval before the minutes were sent out. */
record TacitApprovalOnlyWhereTheBodyApprovesTacitly(boolean tacitApproval) implements DomainRule {

    @Override
    public boolean isBroken() {
        return !tacitApproval;
    }

    @Override
    public String message() {
        return "Organet godkender ikke referater stiltiende; formanden godkender referatet.";
    }
}
