package dk.protokol.events.command.body;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.organisation.BodyKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Objects;

public record EstablishBody(@TargetAggregateIdentifier BodyId bodyId, String name, BodyKind kind, String organisation,
                            BodyId parentId, String mandate, Integer meetingsPerYear, Integer quorum,
                            LocalDate establishedOn) {

    /** The HTTP layer answers missing values with 400; a null here is a programming error. */
    public EstablishBody {
        Objects.requireNonNull(bodyId, "bodyId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(establishedOn, "establishedOn");
    }
}
