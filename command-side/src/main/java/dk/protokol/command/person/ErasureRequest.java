package dk.protokol.command.person;

import dk.protokol.events.command.person.ErasePerson;
import dk.protokol.events.ids.PersonId;
import io.swagger.v3.oas.annotations.media.Schema;

/** Why a person's personal data is erased (kept in the event: no personal data here). */
public record ErasureRequest(@Schema(example = "Anmodning om sletning efter GDPR art. 17") String reason) {

    ErasePerson toErasePerson(PersonId id) {
        return new ErasePerson(id, reason);
    }
}
