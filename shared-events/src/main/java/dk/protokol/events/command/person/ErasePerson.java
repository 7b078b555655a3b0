package dk.protokol.events.command.person;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.PersonId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/**
 * Erases a person's personal data (crypto-shredding): their key is deleted and {@code PersonErased} recorded.
 * {@code reason} is the administrator's, kept in the event: it must not repeat the person's data.
 */
public record ErasePerson(@TargetAggregateIdentifier PersonId personId,
                          @NotBlank(message = "Begrundelsen skal udfyldes.")
                          @Size(max = 500, message = "Begrundelsen må højst være 500 tegn.")
                          String reason) {

    /** The HTTP layer answers missing values with 400; a null here is a programming error. */
    public ErasePerson {
        Limits.check(ErasePerson.class, personId, reason);
        Objects.requireNonNull(personId, "personId");
    }
}
