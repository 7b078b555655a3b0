package dk.protokol.events.meeting;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import org.axonframework.serialization.Revision;

/** A member is conflicted (inhabil) on the item and takes no part in its decision. */
@Revision("1")
public record ConflictOfInterestDeclared(MeetingId meetingId, AgendaItemId itemId, PersonId personId, String note) implements MeetingEvent {
}
