package dk.protokol.events.command.body;

import dk.protokol.events.ids.BodyId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Objects;

public record DissolveBody(@TargetAggregateIdentifier BodyId bodyId, LocalDate on, String reason) {

    /** The HTTP layer answers missing values with 400; a null here is a programming error. */
    public DissolveBody {
        Objects.requireNonNull(bodyId, "bodyId");
        Objects.requireNonNull(on, "on");
    }
}
