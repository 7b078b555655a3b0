package dk.protokol.events.command.body;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.BodyId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** Sets how long members may comment on the body's circulated minutes, and whether silence approves them. */
public record SetObjectionPeriod(@TargetAggregateIdentifier BodyId bodyId,
                                 @NotNull(message = "Angiv indsigelsesfristen i dage.")
                                 @Min(value = 1, message = "Indsigelsesfristen skal være mindst 1 dag.")
                                 @Max(value = 90, message = "Indsigelsesfristen må højst være 90 dage.")
                                 Integer objectionDays,
                                 @NotNull(message = "Angiv, om referatet godkendes stiltiende, når fristen udløber uden indsigelser.")
                                 Boolean tacitApproval) {

    /** The HTTP layer answers missing values with 400; a null here is a programming error. */
    public SetObjectionPeriod {
        Limits.check(SetObjectionPeriod.class, bodyId, objectionDays, tacitApproval);
        Objects.requireNonNull(bodyId, "bodyId");
    }
}
