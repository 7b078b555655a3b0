package dk.protokol.command.meeting;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dk.protokol.events.command.meeting.RescheduleMeeting;
import dk.protokol.events.ids.MeetingId;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDateTime;

/** The complete new time and place. */
public record RescheduleMeetingRequest(
        @Schema(description = "Nyt mødetidspunkt, dansk tid / new start", example = "2026-12-08T14:00")
        @JsonDeserialize(using = DanishMeetingTime.class)
        LocalDateTime start,
        @Schema(description = "Forventet sluttidspunkt / expected end", example = "2026-12-08T16:00")
        @JsonDeserialize(using = DanishMeetingTime.class)
        LocalDateTime expectedEnd,
        String location) {

    RescheduleMeeting toCommand(MeetingId id) {
        return new RescheduleMeeting(id, start, expectedEnd, location);
    }
}
