package dk.protokol.events.command.meeting;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.meeting.MeetingKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import dk.protokol.events.command.ExistsInDanishTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Schedules a meeting of a body. Times are Danish local time (Europe/Copenhagen). The meeting starts with the
 * standing item "Godkendelse af dagsorden og referat", whose id the sender chooses like every other id.
 */
public record ScheduleMeeting(@TargetAggregateIdentifier MeetingId meetingId,
                              @NotNull(message = "Vælg det organ, der holder mødet.")
                              BodyId bodyId,
                              @NotNull(message = "Angiv hvornår mødet begynder.")
                              @ExistsInDanishTime
                              LocalDateTime start,
                              @NotNull(message = "Angiv hvornår mødet forventes at slutte.")
                              @ExistsInDanishTime
                              LocalDateTime expectedEnd,
                              @NotBlank(message = "Angiv mødestedet.")
                              @Size(max = 300, message = "Mødestedet må højst være 300 tegn.")
                              String location,
                              AgendaItemId standingItemId,
                              MeetingKind kind) {

    /**
     * The limits on what is typed are the constraints above; the ids the sender chooses are never null; a meeting
     * of no kind given is an ordinary one.
     */
    public ScheduleMeeting {
        Limits.check(ScheduleMeeting.class, meetingId, bodyId, start, expectedEnd, location, standingItemId, kind);
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(standingItemId, "standingItemId");
        kind = kind == null ? MeetingKind.ORDINARY : kind;
    }

    /** An ordinary meeting. */
    public ScheduleMeeting(MeetingId meetingId, BodyId bodyId, LocalDateTime start, LocalDateTime expectedEnd,
                           String location, AgendaItemId standingItemId) {
        this(meetingId, bodyId, start, expectedEnd, location, standingItemId, MeetingKind.ORDINARY);
    }

    /** An ordinary meeting. */
    public ScheduleMeeting(MeetingId meetingId, BodyId bodyId, LocalDateTime start, LocalDateTime expectedEnd,
                           String location) {
        this(meetingId, bodyId, start, expectedEnd, location, AgendaItemId.random());
    }
}
