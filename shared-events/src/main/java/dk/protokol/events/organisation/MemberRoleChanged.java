package dk.protokol.events.organisation;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** A member's role changed, effective from {@code from} (inclusive). */
@Revision("1")
public record MemberRoleChanged(BodyId bodyId, PersonId personId, MemberRole role, LocalDate from)
        implements BodyEvent {
}
