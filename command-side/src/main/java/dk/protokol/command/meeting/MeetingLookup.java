package dk.protokol.command.meeting;

import dk.protokol.command.body.OrganisationLookup;
import dk.protokol.events.command.UnknownReference;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Which body a meeting belongs to, for checks made before a meeting's own aggregate is loaded (who may record
 * for it) and for rules that name another meeting (minutes approved at the next meeting of the same body).
 * Kept in the append transaction like {@link OrganisationLookup} ({@link MeetingLookupUpdater}).
 */
public interface MeetingLookup {

    Optional<BodyId> bodyOf(MeetingId meeting);

    /**
     * Every body holding the meeting: the body that called it, then those holding it jointly (a fællesmøde) in the
     * order they were added. Empty for an unknown meeting. (Without joint bodies known: the calling body.)
     */
    default List<BodyId> bodiesOf(MeetingId meeting) {
        return bodyOf(meeting).map(List::of).orElse(List.of());
    }

    /**
     * The day the meeting is held (its start, Danish local time), as last rescheduled. Once the meeting has opened
     * it no longer moves, so it is the day of everything agreed at the meeting. Empty for an unknown meeting.
     */
    Optional<LocalDate> dayOf(MeetingId meeting);

    /** @param field the command field that named the meeting, for the 404 */
    default BodyId bodyOfExisting(MeetingId meeting, String field) {
        return bodyOf(meeting).orElseThrow(() -> new UnknownReference(field, "Mødet findes ikke: " + meeting));
    }
}
