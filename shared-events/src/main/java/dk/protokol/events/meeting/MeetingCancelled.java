package dk.protokol.events.meeting;

import dk.protokol.events.ids.MeetingId;
import org.axonframework.serialization.Revision;

/** The meeting was cancelled (aflyst); it takes no further recording. */
@Revision("1")
public record MeetingCancelled(MeetingId meetingId, String reason) implements MeetingEvent {
}
