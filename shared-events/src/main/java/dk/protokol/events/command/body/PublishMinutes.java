package dk.protokol.events.command.body;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.BodyId;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** The body publishes its approved minutes on its public page ({@code publish} true), or stops publishing them. */
public record PublishMinutes(@TargetAggregateIdentifier BodyId bodyId,
                             @NotNull(message = "Angiv, om organets godkendte referater offentliggøres.")
                             Boolean publish) {

    /** The HTTP layer answers missing values with 400; a null here is a programming error. */
    public PublishMinutes {
        Limits.check(PublishMinutes.class, bodyId, publish);
        Objects.requireNonNull(bodyId, "bodyId");
    }
}
