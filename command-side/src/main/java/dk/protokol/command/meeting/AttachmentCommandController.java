package dk.protokol.command.meeting;

import dk.protokol.command.common.CommandSender;
import dk.protokol.events.command.CommandResult;
import dk.protokol.events.command.meeting.AddAttachment;
import dk.protokol.events.command.meeting.AttachmentFile;
import dk.protokol.events.command.meeting.WithdrawAttachment;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.AttachmentId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * Bilag on agenda items (issue 14): a multipart upload answers 201 {@code {id, sha256, position}}; a file whose
 * content is not a PDF, DOCX, XLSX, ODT, PNG or JPEG is 400 naming {@code file}, one larger than
 * {@code protokol.attachments.max-size} is 413 (the multipart limits, infra), and neither records anything.
 * Recorded by the body's secretary or an administrator, as the rest of the agenda.
 */
@RestController
@RequestMapping("/api/meetings/{id}/agenda-items/{itemId}/attachments")
@PreAuthorize("@accessPolicy.canRecordForMeeting(authentication, #meetingId)")
@Tag(name = "Møder", description = "Møder, dagsordener og referater / meetings and minutes")
class AttachmentCommandController {

    private final CommandSender commands;

    AttachmentCommandController(CommandSender commands) {
        this.commands = commands;
    }

    /** The answer to an upload: the bilag's id, the SHA-256 of its bytes and the meeting's newest event position. */
    record AttachmentResult(String id, String sha256, long position) {
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Vedhæfter et bilag / attaches a file to an agenda item",
            description = "Multipart med feltet file (PDF, DOCX, XLSX, ODT, PNG eller JPEG; typen afgøres af "
                    + "indholdet), valgfrit public (true/false: må vises på organets offentlige side) og decisionId. "
                    + "Samme fil gemmes kun én gang.")
    AttachmentResult add(@PathVariable("id") UUID meetingId, @PathVariable UUID itemId,
                         @RequestPart(name = "file", required = false) MultipartFile file,
                         @Parameter(description = "Må vises på organets offentlige side")
                         @RequestParam(name = "public", required = false) Boolean visibleToPublic,
                         @RequestParam(name = "decisionId", required = false) UUID decisionId) {
        MeetingId meeting = MeetingId.of(meetingId);
        AttachmentId attachment = AttachmentId.random();
        AttachmentFile attached = AttachmentFile.of(file == null ? null : file.getOriginalFilename(), bytes(file));
        CommandResult sent = commands.send(new AddAttachment(meeting, AgendaItemId.of(itemId), attachment,
                DecisionId.ofNullable(decisionId), attached, Boolean.TRUE.equals(visibleToPublic)), meeting);
        return new AttachmentResult(attachment.toString(), attached.sha256(), sent.position());
    }

    @PostMapping("/{attachmentId}/withdraw")
    @Operation(summary = "Trækker et bilag tilbage / withdraws a bilag",
            description = "Bilaget beholder sit nummer og bliver stående i historikken.")
    CommandResult withdraw(@PathVariable("id") UUID meetingId, @PathVariable UUID itemId,
                           @PathVariable UUID attachmentId, @Valid @RequestBody ReasonRequest request) {
        MeetingId meeting = MeetingId.of(meetingId);
        return commands.send(new WithdrawAttachment(meeting, AgendaItemId.of(itemId), AttachmentId.of(attachmentId),
                request.reason()), meeting);
    }

    private static byte[] bytes(MultipartFile file) {
        if (file == null) {
            return null;
        }
        try {
            return file.getBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
