package dk.protokol.command.body;

import dk.protokol.command.common.DomainRule;

/** A quorum (beslutningsdygtighed) is a number of members present; none means the body has no quorum rule. */
record QuorumMustBePositive(Integer quorum) implements DomainRule {

    @Override
    public boolean isBroken() {
        return quorum != null && quorum < 1;
    }

    @Override
    public String message() {
        return "Beslutningsdygtighed skal være mindst 1 fremmødt medlem, eller udelades.";
    }
}
