package dk.protokol.command.common;

import dk.protokol.command.meeting.MeetingLookup;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The meeting lookup as a fixture test arranges it: other meetings, as their aggregates left them. */
public class InMemoryMeetingLookup implements MeetingLookup {

    private final Map<MeetingId, BodyId> meetings = new HashMap<>();
    private final Map<MeetingId, LocalDate> days = new HashMap<>();

    public InMemoryMeetingLookup withMeeting(MeetingId meeting, BodyId body) {
        meetings.put(meeting, body);
        return this;
    }

    public InMemoryMeetingLookup withMeeting(MeetingId meeting, BodyId body, LocalDate day) {
        days.put(meeting, day);
        return withMeeting(meeting, body);
    }

    @Override
    public Optional<BodyId> bodyOf(MeetingId meeting) {
        return Optional.ofNullable(meetings.get(meeting));
    }

    @Override
    public Optional<LocalDate> dayOf(MeetingId meeting) {
        return Optional.ofNullable(days.get(meeting));
    }
}
