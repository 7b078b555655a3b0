package dk.protokol.command.person;

import dk.protokol.events.command.person.ChangePersonDetails;
import dk.protokol.events.command.person.RegisterPerson;
import dk.protokol.events.ids.PersonId;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A person's details, for registering a person and for replacing the details as a whole. */
public record PersonDetailsRequest(
        @Schema(example = "Sofie Brandt Lykke")
        @NotBlank(message = "Navnet skal udfyldes.")
        @Size(max = 200, message = "Navnet må højst være 200 tegn.")
        String name,
        @Schema(example = "sofie@eksempel.dk")
        @Email(message = "E-mailadressen er ikke gyldig.")
        @Size(max = 254, message = "E-mailadressen må højst være 254 tegn.")
        String email,
        @Schema(example = "+45 12 34 56 78")
        @Pattern(regexp = "^\\+?[0-9 ()-]{0,30}$", message = "Telefonnummeret må kun indeholde cifre, mellemrum, +, - og parenteser.")
        String phone,
        @Schema(example = "Fællessekretariatet")
        @Size(max = 200, message = "Organisationen må højst være 200 tegn.")
        String organisation) {

    RegisterPerson toRegisterPerson(PersonId id) {
        return new RegisterPerson(id, name, email, phone, organisation);
    }

    ChangePersonDetails toChangePersonDetails(PersonId id) {
        return new ChangePersonDetails(id, name, email, phone, organisation);
    }
}
