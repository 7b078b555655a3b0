package dk.protokol.command.body;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.words.Words;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A relation ends once each time it holds; its end is not moved by ending it again. Declared again after its end,
 * it holds once more and may end again.
 */
record RelationEndsOnlyOnce(List<DeclaredRelation> holding, List<EndedRelation> ended, DeclaredRelation candidate)
        implements DomainRule {

    @Override
    public boolean isBroken() {
        return !holding.contains(candidate) && latestEnd().isPresent();
    }

    @Override
    public String message() {
        return "Relationen er allerede ophørt pr. " + latestEnd().map(Words.DANISH::date).orElse("") + ".";
    }

    @Override
    public String field() {
        return "targetBodyId";
    }

    private Optional<LocalDate> latestEnd() {
        return ended.stream().filter(e -> e.relation().equals(candidate)).map(EndedRelation::on)
                .max(LocalDate::compareTo);
    }
}
