package dk.protokol.events.command.meeting;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.AgendaItemKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/**
 * Amends an item: a null field stays as it is; a blank {@code description} removes the description. The event
 * then carries the complete new title, kind and description. {@code presenter} null leaves the presenter as it
 * is; otherwise the item gets the presenter it names, or none ({@link PresenterChange#none()}).
 */
public record AmendAgendaItem(@TargetAggregateIdentifier MeetingId meetingId, AgendaItemId itemId, String title,
                              AgendaItemKind kind, String description, PresenterChange presenter) {

    public AmendAgendaItem {
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
