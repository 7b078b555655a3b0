package dk.protokol.events.meeting;

import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** An action (opfølgning) was agreed under an item: who does what by when. {@code decisionId} may be null. */
@Revision("1")
public record ActionAgreed(MeetingId meetingId, AgendaItemId itemId, ActionId actionId, String description, PersonId ownerId, LocalDate dueDate, DecisionId decisionId) implements MeetingEvent {
}
