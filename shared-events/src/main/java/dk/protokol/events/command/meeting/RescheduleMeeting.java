package dk.protokol.events.command.meeting;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.MeetingId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import dk.protokol.events.command.ExistsInDanishTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDateTime;
import java.util.Objects;

/** Moves a meeting: the complete new time and place. */
public record RescheduleMeeting(@TargetAggregateIdentifier MeetingId meetingId,
                                @NotNull(message = "Angiv hvornår mødet begynder.")
                                @ExistsInDanishTime
                                LocalDateTime start,
                                @NotNull(message = "Angiv hvornår mødet forventes at slutte.")
                                @ExistsInDanishTime
                                LocalDateTime expectedEnd,
                                @NotBlank(message = "Angiv mødestedet.")
                                @Size(max = 300, message = "Mødestedet må højst være 300 tegn.")
                                String location) {

    public RescheduleMeeting {
        Limits.check(RescheduleMeeting.class, meetingId, start, expectedEnd, location);
        Objects.requireNonNull(meetingId, "meetingId");
    }
}
