package dk.protokol.events.command.meeting;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** The minutes text (referat) of an item; it replaces the earlier text, which stays in the history. */
public record RecordItemNotes(@TargetAggregateIdentifier MeetingId meetingId,
                              AgendaItemId itemId,
                              @NotBlank(message = "Referatet skal udfyldes.")
                              @Size(max = 100000, message = "Referatet må højst være 100.000 tegn.")
                              String text) {

    public RecordItemNotes {
        Limits.check(RecordItemNotes.class, meetingId, itemId, text);
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(itemId, "itemId");
    }
}
