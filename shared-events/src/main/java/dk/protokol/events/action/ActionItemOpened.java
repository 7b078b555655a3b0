package dk.protokol.events.action;

import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** An action agreed in a meeting (ActionAgreed) began its own life, keeping the id it was agreed with. {@code decisionId} may be null. */
@Revision("1")
public record ActionItemOpened(ActionId actionId, BodyId bodyId, MeetingId meetingId, AgendaItemId itemId, DecisionId decisionId, String description, PersonId ownerId, LocalDate dueDate) implements ActionItemEvent {
}
