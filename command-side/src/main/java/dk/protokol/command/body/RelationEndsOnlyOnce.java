package dk.protokol.command.body;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.words.Words;

import java.util.List;
import java.util.Optional;

/** A relation ends once; its end is not moved by ending it again. */
record RelationEndsOnlyOnce(List<EndedRelation> ended, DeclaredRelation candidate) implements DomainRule {

    @Override
    public boolean isBroken() {
        return earlierEnd().isPresent();
    }

    @Override
    public String message() {
        return "Relationen er allerede ophørt pr. " + earlierEnd().map(e -> Words.DANISH.date(e.on())).orElse("")
                + ".";
    }

    @Override
    public String field() {
        return "targetBodyId";
    }

    private Optional<EndedRelation> earlierEnd() {
        return ended.stream().filter(e -> e.relation().equals(candidate)).findFirst();
    }
}
