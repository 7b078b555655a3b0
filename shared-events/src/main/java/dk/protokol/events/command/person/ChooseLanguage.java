package dk.protokol.events.command.person;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.PersonId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** Chooses the language a person gets Protokol's mail in: {@code da} (Danish) or {@code en} (English). */
public record ChooseLanguage(@TargetAggregateIdentifier PersonId personId,
                             @NotNull(message = "Sproget skal udfyldes.")
                             @Pattern(regexp = "da|en", message = "Sproget skal være da (dansk) eller en (engelsk).")
                             String language) {

    /** The HTTP layer answers missing values with 400; a null here is a programming error. */
    public ChooseLanguage {
        Limits.check(ChooseLanguage.class, personId, language);
        Objects.requireNonNull(personId, "personId");
    }
}
