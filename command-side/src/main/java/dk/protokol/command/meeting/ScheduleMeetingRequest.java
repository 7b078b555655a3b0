package dk.protokol.command.meeting;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dk.protokol.events.command.meeting.ScheduleMeeting;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.meeting.MeetingKind;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDateTime;
import java.util.UUID;

public record ScheduleMeetingRequest(
        @Schema(description = "Organet, der holder mødet / the body that meets")
        UUID bodyId,
        @Schema(description = "Mødetidspunkt, dansk tid / start, Danish local time", example = "2026-12-01T14:00")
        @JsonDeserialize(using = DanishMeetingTime.class)
        LocalDateTime start,
        @Schema(description = "Forventet sluttidspunkt, dansk tid / expected end", example = "2026-12-01T16:00")
        @JsonDeserialize(using = DanishMeetingTime.class)
        LocalDateTime expectedEnd,
        @Schema(description = "Mødested / lokale", example = "Vejle Rådhus, mødelokale 1")
        String location,
        @Schema(description = "ORDINARY (standard), EXTRAORDINARY, WORKSHOP, SEMINAR, DIALOGUE")
        MeetingKind kind) {

    ScheduleMeeting toCommand(MeetingId id) {
        return new ScheduleMeeting(id, BodyId.ofNullable(bodyId), start, expectedEnd, location, AgendaItemId.random(),
                kind);
    }
}
