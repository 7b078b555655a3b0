package dk.protokol.command.meeting;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dk.protokol.events.command.CommandBatch;
import dk.protokol.events.command.meeting.AddJointBody;
import dk.protokol.events.command.meeting.ScheduleMeeting;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.meeting.MeetingKind;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDateTime;
import java.util.List;
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
        MeetingKind kind,
        @Schema(description = "Organer, der holder mødet sammen med organet (fællesmøde) / bodies holding the "
                + "meeting jointly")
        List<UUID> jointBodyIds) {

    /** A meeting of one body (the shape before {@code jointBodyIds}). */
    public ScheduleMeetingRequest(UUID bodyId, LocalDateTime start, LocalDateTime expectedEnd, String location,
                                  MeetingKind kind) {
        this(bodyId, start, expectedEnd, location, kind, null);
    }

    ScheduleMeeting toCommand(MeetingId id) {
        return new ScheduleMeeting(id, BodyId.ofNullable(bodyId), start, expectedEnd, location, AgendaItemId.random(),
                kind);
    }

    /**
     * The meeting and the bodies holding it jointly, sent in one step: the meeting's own fields keep their names
     * ({@code start}), a joint body's are named {@code jointBodyIds[i]}.
     */
    CommandBatch toBatch(MeetingId id) {
        CommandBatch batch = new CommandBatch().add("", () -> toCommand(id));
        List<UUID> joint = jointBodyIds == null ? List.of() : jointBodyIds;
        for (int i = 0; i < joint.size(); i++) {
            UUID body = joint.get(i);
            batch.add("jointBodyIds[" + i + "]", () -> new AddJointBody(id, BodyId.ofNullable(body)));
        }
        return batch;
    }
}
