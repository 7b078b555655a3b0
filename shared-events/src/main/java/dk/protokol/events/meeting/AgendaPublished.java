package dk.protokol.events.meeting;

import dk.protokol.events.ids.MeetingId;
import org.axonframework.serialization.Revision;

/** The agenda was sent out (dagsorden udsendt). */
@Revision("1")
public record AgendaPublished(MeetingId meetingId) implements MeetingEvent {
}
