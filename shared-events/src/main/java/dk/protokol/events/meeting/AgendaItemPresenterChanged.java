package dk.protokol.events.meeting;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import org.axonframework.serialization.Revision;

/**
 * The item got another presenter (oplægsholder) after it was added; {@code presenterId} null: the item has no
 * presenter any more. {@link AgendaItemAdded} names the first presenter; {@link AgendaItemAmended} never does.
 */
@Revision("1")
public record AgendaItemPresenterChanged(MeetingId meetingId, AgendaItemId itemId, PersonId presenterId)
        implements MeetingEvent {
}
