package dk.protokol.events.command.meeting;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Objects;

/** Agrees an action (opfølgning) under an item: who does what by when; {@code decisionId} may be null. */
public record AgreeAction(@TargetAggregateIdentifier MeetingId meetingId,
                          AgendaItemId itemId,
                          ActionId actionId,
                          @NotBlank(message = "Beskriv opfølgningen.")
                          @Size(max = 2000, message = "Beskrivelsen må højst være 2.000 tegn.")
                          String description,
                          @NotNull(message = "Vælg den ansvarlige.")
                          PersonId ownerId,
                          @NotNull(message = "Angiv en frist.")
                          LocalDate dueDate,
                          DecisionId decisionId) {

    public AgreeAction {
        Limits.check(AgreeAction.class, meetingId, itemId, actionId, description, ownerId, dueDate, decisionId);
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(actionId, "actionId");
    }
}
