package dk.protokol.command.body;

import dk.protokol.command.common.DomainRule;

import java.util.List;

/** The same relation to the same body is declared once; a second would only double the org chart's lines. */
record RelationAlreadyDeclared(List<DeclaredRelation> declared, DeclaredRelation candidate) implements DomainRule {

    @Override
    public boolean isBroken() {
        return declared.contains(candidate);
    }

    @Override
    public String message() {
        return "Relationen findes allerede mellem de to organer.";
    }
}
