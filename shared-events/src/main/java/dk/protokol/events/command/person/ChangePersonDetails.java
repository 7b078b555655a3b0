package dk.protokol.events.command.person;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.PersonId;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** Replaces a person's details as a whole (fields left null are cleared, except name which is required). */
public record ChangePersonDetails(@TargetAggregateIdentifier PersonId personId,
                                  @NotBlank(message = "Navnet skal udfyldes.")
                                  @Size(max = 200, message = "Navnet må højst være 200 tegn.")
                                  String name,
                                  @Email(message = "E-mailadressen er ikke gyldig.")
                                  @Size(max = 254, message = "E-mailadressen må højst være 254 tegn.")
                                  String email,
                                  @Pattern(regexp = "^\\+?[0-9 ()-]{0,30}$", message = "Telefonnummeret må kun indeholde cifre, mellemrum, +, - og parenteser.")
                                  String phone,
                                  @Size(max = 200, message = "Organisationen må højst være 200 tegn.")
                                  String organisation) {

    /** The HTTP layer answers missing values with 400; a null here is a programming error. */
    public ChangePersonDetails {
        Limits.check(ChangePersonDetails.class, personId, name, email, phone, organisation);
        Objects.requireNonNull(personId, "personId");
    }
}
