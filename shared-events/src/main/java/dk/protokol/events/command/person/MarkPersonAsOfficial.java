package dk.protokol.events.command.person;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.PersonId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** Marks a person as acting in an office (e.g. "Kommunaldirektør, Vejle Kommune"); such a person is not erased. */
public record MarkPersonAsOfficial(@TargetAggregateIdentifier PersonId personId,
                                   @NotBlank(message = "Embedet skal udfyldes.")
                                   @Size(max = 200, message = "Embedet må højst være 200 tegn.")
                                   String office) {

    /** The HTTP layer answers missing values with 400; a null here is a programming error. */
    public MarkPersonAsOfficial {
        Limits.check(MarkPersonAsOfficial.class, personId, office);
        Objects.requireNonNull(personId, "personId");
    }
}
