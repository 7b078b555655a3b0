package dk.protokol.events.meeting;

import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import org.axonframework.serialization.Revision;

/** The chair approved (godkendt) the minutes, usually under the standing item of the next meeting ({@code atMeetingId}, may be null). From now on the minutes are locked. */
@Revision("1")
public record MinutesApproved(MeetingId meetingId, PersonId approvedBy, MeetingId atMeetingId) implements MeetingEvent {
}
