package dk.protokol.events.command.body;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.BodyId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Objects;

/** {@code mandate} blank or null: the body has no mandate from {@code on}. */
public record ChangeBodyMandate(@TargetAggregateIdentifier BodyId bodyId,
                                @Size(max = 10000, message = "Kommissoriet må højst være 10.000 tegn.")
                                String mandate,
                                @NotNull(message = "Angiv fra hvilken dag kommissoriet gælder.")
                                LocalDate on) {

    /** The HTTP layer answers missing values with 400; a null here is a programming error. */
    public ChangeBodyMandate {
        Limits.check(ChangeBodyMandate.class, bodyId, mandate, on);
        Objects.requireNonNull(bodyId, "bodyId");
    }
}
