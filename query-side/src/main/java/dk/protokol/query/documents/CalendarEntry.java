package dk.protokol.query.documents;

import dk.protokol.events.ids.MeetingId;
import dk.protokol.query.minutes.MeetingStatus;
import dk.protokol.query.minutes.MeetingSummary;
import dk.protokol.query.minutes.MinutesView;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What a calendar shows of one meeting. Times are local Danish time (Europe/Copenhagen);
 * {@code expectedEnd} and {@code location} may be null. {@code agenda} holds the titles of the items
 * still on the agenda, in order.
 */
public record CalendarEntry(MeetingId meetingId, String bodyName, LocalDateTime start, LocalDateTime expectedEnd,
                            String location, boolean cancelled, String cancelledReason, List<String> agenda) {

    public CalendarEntry {
        agenda = List.copyOf(agenda);
    }

    /** The entry of a meeting whose minutes (with the agenda) are at hand. */
    public static CalendarEntry of(MinutesView minutes) {
        return new CalendarEntry(minutes.meetingId(), minutes.bodyName(), minutes.start(), minutes.expectedEnd(),
                minutes.location(), minutes.status() == MeetingStatus.CANCELLED, minutes.cancelledReason(),
                minutes.agenda().stream()
                        .filter(item -> !item.withdrawn() && item.number() != null)
                        .map(item -> item.number() + ". " + MinutesText.itemTitle(item))
                        .toList());
    }

    /** The entry of a meeting known only from the list of meetings: no agenda. */
    public static CalendarEntry of(MeetingSummary meeting) {
        return new CalendarEntry(meeting.id(), meeting.bodyName(), meeting.start(), meeting.expectedEnd(),
                meeting.location(), meeting.status() == MeetingStatus.CANCELLED, null, List.of());
    }
}
