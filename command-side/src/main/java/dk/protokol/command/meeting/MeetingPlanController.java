package dk.protokol.command.meeting;

import dk.protokol.command.common.CommandSender;
import dk.protokol.events.command.CommandBatch;
import dk.protokol.events.command.CommandResult;
import dk.protokol.events.command.meeting.ScheduleMeeting;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The year's meeting plan (API.md "Organisation"): the meetings the secretary chose from the proposal
 * ({@code GET} on the same path, the read side's) are scheduled in one step, each by a {@link ScheduleMeeting}.
 * Every command is made first, so that input breaking any meeting's limits refuses them all (400, each error named
 * {@code meetings[i].field}); then they are sent in one transaction, so that a rule refusing one of them (a dissolved
 * body) records none (409, {@code field} naming {@code meetings[i]}).
 */
@RestController
@Tag(name = "Mødeplan", description = "Årets mødeplan ud fra organets mødekadence / the year's meeting plan")
class MeetingPlanController {

    private final CommandSender commands;

    MeetingPlanController(CommandSender commands) {
        this.commands = commands;
    }

    /** The meetings scheduled: the body, the position of the last one's event, and each new meeting's id in order. */
    record Scheduled(String id, long position, List<String> meetingIds) {
    }

    @PostMapping("/api/bodies/{id}/meeting-plan")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("@accessPolicy.canRecordFor(authentication, #bodyId)")
    @Operation(summary = "Planlægger årets valgte møder i ét skridt / schedules the chosen meetings in one step",
            description = "Alle eller ingen: et møde, der ikke kan planlægges, afviser dem alle og nævner mødets nummer.")
    Scheduled schedule(@PathVariable("id") UUID bodyId, @RequestBody MeetingPlanRequest request) {
        CommandBatch batch = batchOf(BodyId.of(bodyId), request);
        CommandResult last = commands.sendAll(batch);
        List<String> ids = batch.commands().values().stream()
                .map(command -> ((ScheduleMeeting) command).meetingId().toString()).toList();
        return new Scheduled(bodyId.toString(), last.position(), ids);
    }

    static CommandBatch batchOf(BodyId body, MeetingPlanRequest request) {
        CommandBatch batch = new CommandBatch();
        if (request.year() == null) {
            batch.refuse("year", "Angiv året, planen gælder.");
        }
        List<MeetingPlanRequest.PlannedMeeting> meetings = request.meetings() == null ? List.of()
                : new ArrayList<>(request.meetings());
        if (meetings.isEmpty()) {
            batch.refuse("meetings", "Vælg mindst ét møde.");
        }
        for (int i = 0; i < meetings.size(); i++) {
            String name = "meetings[" + i + "]";
            MeetingPlanRequest.PlannedMeeting meeting = meetings.get(i);
            if (meeting == null) {
                batch.refuse(name, "Angiv mødet.");
                continue;
            }
            batch.add(name, () -> new ScheduleMeeting(MeetingId.random(), body, meeting.start(),
                    meeting.expectedEnd(), meeting.location()));
            if (request.year() != null && meeting.start() != null && meeting.start().getYear() != request.year()) {
                batch.refuse(CommandBatch.fieldOf(name, "start"), "Mødet ligger ikke i " + request.year() + ".");
            }
        }
        return batch;
    }
}
