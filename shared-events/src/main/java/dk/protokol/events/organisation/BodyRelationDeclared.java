package dk.protokol.events.organisation;

import dk.protokol.events.ids.BodyId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The body ({@code bodyId}) stands in {@code relation} to {@code targetBodyId} from {@code from}, the first day it
 * holds; null: from the body's establishment (every declaration of revision 1, which had no date, reads so through
 * {@link BodyRelationDeclaredUpcaster}). A relation that ended ({@link BodyRelationEnded}) may be declared again from
 * a later day: each declaration opens a period that holds until the next end.
 */
@Revision("2") // 2: from
public record BodyRelationDeclared(BodyId bodyId, BodyId targetBodyId, RelationKind relation, LocalDate from)
        implements BodyEvent {

    /** A relation that holds from the body's establishment. */
    public BodyRelationDeclared(BodyId bodyId, BodyId targetBodyId, RelationKind relation) {
        this(bodyId, targetBodyId, relation, null);
    }
}
