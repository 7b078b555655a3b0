package dk.protokol.events.organisation;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** A person was appointed to a body in a role from a date; {@code representing} (may be null) is the organisation they represent. */
@Revision("1")
public record MemberAppointed(BodyId bodyId, PersonId personId, MemberRole role, String representing, LocalDate from)
        implements BodyEvent {
}
