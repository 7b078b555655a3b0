package dk.protokol.events.organisation;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** A membership ended; {@code to} is the last day (inclusive) the person was a member. {@code reason} may be null. */
@Revision("1")
public record MembershipEnded(BodyId bodyId, PersonId personId, LocalDate to, String reason) implements BodyEvent {
}
