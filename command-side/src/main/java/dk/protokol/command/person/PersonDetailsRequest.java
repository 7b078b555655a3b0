package dk.protokol.command.person;

import dk.protokol.events.command.person.ChangePersonDetails;
import dk.protokol.events.command.person.RegisterPerson;
import dk.protokol.events.ids.PersonId;
import io.swagger.v3.oas.annotations.media.Schema;

/** A person's details, for registering a person and for replacing the details as a whole. */
public record PersonDetailsRequest(
        @Schema(example = "Sofie Brandt Lykke")
        String name,
        @Schema(example = "sofie@eksempel.dk")
        String email,
        @Schema(example = "+45 12 34 56 78")
        String phone,
        @Schema(example = "Fællessekretariatet")
        String organisation) {

    RegisterPerson toRegisterPerson(PersonId id) {
        return new RegisterPerson(id, name, email, phone, organisation);
    }

    ChangePersonDetails toChangePersonDetails(PersonId id) {
        return new ChangePersonDetails(id, name, email, phone, organisation);
    }
}
