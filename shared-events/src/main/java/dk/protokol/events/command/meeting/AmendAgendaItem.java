package dk.protokol.events.command.meeting;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.AgendaItemKind;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/**
 * Amends an item: a null field stays as it is; a blank {@code description} removes the description. The event
 * then carries the complete new title, kind and description. {@code presenter} null leaves the presenter as it
 * is; otherwise the item gets the presenter it names, or none ({@link PresenterChange#none()}).
 */
public record AmendAgendaItem(@TargetAggregateIdentifier MeetingId meetingId,
                              AgendaItemId itemId,
                              @Pattern(regexp = "(?s).*\\S.*", message = "Punktets titel kan ikke være tom.")
                              @Size(max = 300, message = "Titlen må højst være 300 tegn.")
                              String title,
                              AgendaItemKind kind,
                              @Size(max = 20000, message = "Beskrivelsen må højst være 20.000 tegn.")
                              String description,
                              PresenterChange presenter) {

    public AmendAgendaItem {
        Limits.check(AmendAgendaItem.class, meetingId, itemId, title, kind, description, presenter);
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(itemId, "itemId");
    }

    /** Title, kind and description only; the presenter stays. */
    public AmendAgendaItem(MeetingId meetingId, AgendaItemId itemId, String title, AgendaItemKind kind,
                           String description) {
        this(meetingId, itemId, title, kind, description, null);
    }

    /** The presenter the item is to have from now on; {@code presenterId} null: no presenter. */
    public record PresenterChange(PersonId presenterId) {

        public static PresenterChange to(PersonId presenterId) {
            return new PresenterChange(Objects.requireNonNull(presenterId, "presenterId"));
        }

        public static PresenterChange none() {
            return new PresenterChange(null);
        }
    }
}
