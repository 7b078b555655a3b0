package dk.protokol.events.command.meeting;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.AgendaItemKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** Puts an item last on the agenda. {@code description} and {@code presenterId} may be null. */
public record AddAgendaItem(@TargetAggregateIdentifier MeetingId meetingId,
                            AgendaItemId itemId,
                            @NotBlank(message = "Punktets titel skal udfyldes.")
                            @Size(max = 300, message = "Titlen må højst være 300 tegn.")
                            String title,
                            @NotNull(message = "Vælg om punktet er til orientering, drøftelse eller beslutning.")
                            AgendaItemKind kind,
                            @Size(max = 20000, message = "Beskrivelsen må højst være 20.000 tegn.")
                            String description,
                            PersonId presenterId) {

    public AddAgendaItem {
        Limits.check(AddAgendaItem.class, meetingId, itemId, title, kind, description, presenterId);
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(itemId, "itemId");
    }
}
