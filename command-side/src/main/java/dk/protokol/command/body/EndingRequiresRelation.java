package dk.protokol.command.body;

import dk.protokol.command.common.DomainRule;

import java.util.List;

/** Only a relation the body has declared can end. */
record EndingRequiresRelation(List<DeclaredRelation> declared, List<EndedRelation> ended, DeclaredRelation candidate)
        implements DomainRule {

    @Override
    public boolean isBroken() {
        return !declared.contains(candidate) && ended.stream().noneMatch(e -> e.relation().equals(candidate));
    }

    @Override
    public String message() {
        return "Organet har ikke den relation til det valgte organ, så den kan ikke ophøre.";
    }

    @Override
    public String field() {
        return "targetBodyId";
    }
}
