package dk.protokol.command.meeting;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDateTime;
import java.util.List;

/** {@code POST /api/bodies/{id}/meeting-plan}: the year's meetings the secretary chose, scheduled in one step. */
public record MeetingPlanRequest(
        @Schema(description = "Året, planen gælder / the year planned", example = "2027")
        Integer year,
        @Schema(description = "De valgte møder / the meetings chosen")
        List<PlannedMeeting> meetings) {

    public record PlannedMeeting(
            @Schema(description = "Mødetidspunkt, dansk tid / start, Danish local time", example = "2027-02-09T14:00")
            @JsonDeserialize(using = DanishMeetingTime.class)
            LocalDateTime start,
            @Schema(description = "Forventet sluttidspunkt, dansk tid / expected end", example = "2027-02-09T16:00")
            @JsonDeserialize(using = DanishMeetingTime.class)
            LocalDateTime expectedEnd,
            @Schema(description = "Mødested / lokale", example = "Vejle Rådhus, mødelokale 1")
            String location) {
    }
}
