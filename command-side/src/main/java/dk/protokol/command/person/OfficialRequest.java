package dk.protokol.command.person;

import dk.protokol.events.command.person.MarkPersonAsOfficial;
import dk.protokol.events.ids.PersonId;
import io.swagger.v3.oas.annotations.media.Schema;

/** The office a person acts in. */
public record OfficialRequest(@Schema(example = "Kommunaldirektør, Vejle Kommune") String office) {

    MarkPersonAsOfficial toMarkPersonAsOfficial(PersonId id) {
        return new MarkPersonAsOfficial(id, office);
    }
}
