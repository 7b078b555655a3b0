package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.RescheduleMeeting;
import dk.protokol.events.ids.MeetingId;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;

/** The complete new time and place. */
public record RescheduleMeetingRequest(
        @Schema(description = "Nyt mødetidspunkt, dansk tid / new start", example = "2026-12-08T14:00")
        @NotNull(message = "Angiv hvornår mødet begynder.")
        @ExistsInDanishTime
        LocalDateTime start,
        @Schema(description = "Forventet sluttidspunkt / expected end", example = "2026-12-08T16:00")
        @NotNull(message = "Angiv hvornår mødet forventes at slutte.")
        @ExistsInDanishTime
        LocalDateTime expectedEnd,
        @NotBlank(message = "Angiv mødestedet.")
        @Size(max = 300, message = "Mødestedet må højst være 300 tegn.")
        String location) {

    RescheduleMeeting toCommand(MeetingId id) {
        return new RescheduleMeeting(id, start, expectedEnd, location);
    }
}
