package dk.protokol.command.body;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.words.Words;

import java.util.List;
import java.util.Optional;

/**
 * An ended relation is not declared again: a declaration carries no date, so a second one would make the relation
 * hold again on the days it had ended, and the org chart of those days would change after the fact.
 */
record EndedRelationStaysEnded(List<EndedRelation> ended, DeclaredRelation candidate) implements DomainRule {

    @Override
    public boolean isBroken() {
        return end().isPresent();
    }

    @Override
    public String message() {
        return "Relationen ophørte pr. " + end().map(e -> Words.DANISH.date(e.on())).orElse("")
                + " og kan ikke erklæres igen.";
    }

    @Override
    public String field() {
        return "targetBodyId";
    }

    private Optional<EndedRelation> end() {
        return ended.stream().filter(e -> e.relation().equals(candidate)).findFirst();
    }
}
