package dk.protokol.command.meeting;

import dk.protokol.events.caller.Callers;
import dk.protokol.events.command.meeting.ApproveMinutes;
import dk.protokol.events.command.meeting.CirculateMinutes;
import dk.protokol.events.command.CommandResult;
import dk.protokol.command.common.CommandSender;
import dk.protokol.events.ids.CommentId;
import dk.protokol.events.ids.CorrectionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The minutes after the meeting: sent out for comments and corrected (the body's secretary or an
 * administrator), approved (the body's chair, who is recorded as the approver).
 */
@RestController
@RequestMapping("/api/meetings/{id}/minutes")
@Tag(name = "Møder", description = "Møder, dagsordener og referater / meetings and minutes")
class MinutesCommandController {

    private final CommandSender commands;
    private final Callers callers;
    private final Clock clock;

    MinutesCommandController(CommandSender commands, Callers callers, Clock clock) {
        this.commands = commands;
        this.callers = callers;
        this.clock = clock;
    }

    @PostMapping("/circulate")
    @PreAuthorize("@accessPolicy.canRecordForMeeting(authentication, #meetingId)")
    @Operation(summary = "Sender referatet ud til kommentering / circulates the minutes")
    CommandResult circulate(@PathVariable("id") UUID meetingId) {
        MeetingId meeting = MeetingId.of(meetingId);
        return commands.send(new CirculateMinutes(meeting, clock.instant()), meeting);
    }

    @PostMapping("/approve")
    @PreAuthorize("@accessPolicy.canApproveForMeeting(authentication, #meetingId)")
    @Operation(summary = "Godkender referatet / approves the minutes",
            description = "Af organets formand, som registreres som den, der godkendte. Derefter er referatet låst.")
    CommandResult approve(@PathVariable("id") UUID meetingId,
                          @Valid @RequestBody(required = false) ApproveMinutesRequest request) {
        MeetingId meeting = MeetingId.of(meetingId);
        PersonId chair = callers.current().person().orElseThrow(() -> new AccessDeniedException(
                "Kontoen er ikke knyttet til en person og kan ikke godkende referater."));
        MeetingId atMeeting = request == null || request.atMeetingId() == null
                ? null : MeetingId.of(request.atMeetingId());
        return commands.send(new ApproveMinutes(meeting, chair, LocalDate.now(clock), atMeeting), meeting);
    }

    @PostMapping("/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("@accessPolicy.canCommentOnMeeting(authentication, #meetingId)")
    @Operation(summary = "Giver en bemærkning til det udsendte referat / comments on circulated minutes",
            description = "Af organets medlemmer og sekretariatet, indtil indsigelsesfristen udløber. En ubesvaret "
                    + "bemærkning er en åben indsigelse: referatet godkendes ikke stiltiende, så længe den er åben.")
    CommandResult comment(@PathVariable("id") UUID meetingId, @Valid @RequestBody CommentRequest request) {
        MeetingId meeting = MeetingId.of(meetingId);
        PersonId author = callers.current().person().orElseThrow(() -> new AccessDeniedException(
                "Kontoen er ikke knyttet til en person og kan ikke give bemærkninger."));
        CommentId comment = CommentId.random();
        return commands.send(request.toCommand(meeting, comment, author, clock.instant()), meeting, comment);
    }

    @PostMapping("/comments/{commentId}/answer")
    @PreAuthorize("@accessPolicy.canRecordForMeeting(authentication, #meetingId)")
    @Operation(summary = "Besvarer en bemærkning til referatet / answers a comment on the minutes",
            description = "Sekretariatet retter referatet (CORRECTED, med den rettede ordlyd) eller noterer "
                    + "bemærkningen (NOTED, med begrundelse).")
    CommandResult answer(@PathVariable("id") UUID meetingId, @PathVariable UUID commentId,
                         @Valid @RequestBody AnswerCommentRequest request) {
        MeetingId meeting = MeetingId.of(meetingId);
        return commands.send(request.toCommand(meeting, CommentId.of(commentId)), meeting, CommentId.of(commentId));
    }

    @PostMapping("/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("@accessPolicy.canRecordForMeeting(authentication, #meetingId)")
    @Operation(summary = "Registrerer en rettelse til det godkendte referat / corrects approved minutes",
            description = "Den godkendte tekst bevares og vises ved siden af rettelsen.")
    CommandResult correct(@PathVariable("id") UUID meetingId, @Valid @RequestBody CorrectionRequest request) {
        MeetingId meeting = MeetingId.of(meetingId);
        CorrectionId correction = CorrectionId.random();
        return commands.send(request.toCommand(meeting, correction), meeting, correction);
    }
}
