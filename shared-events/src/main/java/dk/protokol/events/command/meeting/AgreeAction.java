package dk.protokol.events.command.meeting;

import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Objects;

/** Agrees an action (opfølgning) under an item: who does what by when; {@code decisionId} may be null. */
public record AgreeAction(@TargetAggregateIdentifier MeetingId meetingId, AgendaItemId itemId, ActionId actionId,
                          String description, PersonId ownerId, LocalDate dueDate, DecisionId decisionId) {

    public AgreeAction {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(dueDate, "dueDate");
    }
}
