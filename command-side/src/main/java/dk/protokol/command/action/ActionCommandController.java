package dk.protokol.command.action;

import dk.protokol.events.command.action.CancelAction;
import dk.protokol.events.command.action.ChangeActionDueDate;
import dk.protokol.events.command.action.CompleteAction;
import dk.protokol.events.command.action.ReassignAction;
import dk.protokol.events.command.action.ReopenAction;
import dk.protokol.events.command.CommandResult;
import dk.protokol.command.common.CommandSender;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.PersonId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import dk.protokol.events.command.action.AttachToAction;
import dk.protokol.events.command.meeting.AttachmentFile;
import dk.protokol.events.ids.AttachmentId;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The follow-up of an agreed action (API.md "Actions and cases"). The owner reports progress on and completes
 * their own action; the secretary and the chair of the body that agreed it, and an administrator, may do
 * everything (the access policy's {@code canWorkOnAction}, asked with what the call does). Each call answers 200
 * with the action's id and the position of its newest event.
 */
@RestController
@RequestMapping("/api/actions/{id}")
@Tag(name = "Handlinger", description = "Opfølgning på aftalte handlinger / actions and their follow-up")
class ActionCommandController {

    private final CommandSender commands;
    private final Clock clock;

    ActionCommandController(CommandSender commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping("/progress")
    @PreAuthorize("@accessPolicy.canWorkOnAction(authentication, #actionId, 'PROGRESS')")
    @Operation(summary = "Melder status på handlingen / reports progress",
            description = "Gives status på et møde (opfølgning under det stående punkt), angives mødet.")
    CommandResult reportProgress(@PathVariable("id") UUID actionId, @Valid @RequestBody ProgressRequest request) {
        ActionId action = ActionId.of(actionId);
        return commands.send(request.toCommand(action), action);
    }

    /** The answer to an upload: the bilag's id, the SHA-256 of its bytes and the action's newest event position. */
    record AttachmentResult(String id, String sha256, long position) {
    }

    @PostMapping(path = "/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("@accessPolicy.canWorkOnAction(authentication, #actionId, 'PROGRESS')")
    @Operation(summary = "Vedhæfter et bilag til handlingens status / attaches a file to the action's progress",
            description = "Multipart med feltet file (PDF, DOCX, XLSX, ODT, PNG eller JPEG; typen afgøres af "
                    + "indholdet). Af den, der må melde status. Samme fil gemmes kun én gang.")
    AttachmentResult attach(@PathVariable("id") UUID actionId,
                            @RequestPart(name = "file", required = false) MultipartFile file) {
        ActionId action = ActionId.of(actionId);
        AttachmentId attachment = AttachmentId.random();
        byte[] content;
        try {
            content = file == null ? null : file.getBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        AttachmentFile attached = AttachmentFile.of(file == null ? null : file.getOriginalFilename(), content);
        CommandResult sent = commands.send(new AttachToAction(action, attachment, attached), action);
        return new AttachmentResult(attachment.toString(), attached.sha256(), sent.position());
    }

    @PostMapping("/reassign")
    @PreAuthorize("@accessPolicy.canWorkOnAction(authentication, #actionId, 'REASSIGN')")
    @Operation(summary = "Giver handlingen en ny ansvarlig / reassigns the action")
    CommandResult reassign(@PathVariable("id") UUID actionId, @Valid @RequestBody ReassignRequest request) {
        ActionId action = ActionId.of(actionId);
        return commands.send(new ReassignAction(action, PersonId.ofNullable(request.ownerId())), action);
    }

    @PostMapping("/due-date")
    @PreAuthorize("@accessPolicy.canWorkOnAction(authentication, #actionId, 'DUE_DATE')")
    @Operation(summary = "Flytter fristen / changes the due date")
    CommandResult changeDueDate(@PathVariable("id") UUID actionId, @Valid @RequestBody DueDateRequest request) {
        ActionId action = ActionId.of(actionId);
        return commands.send(new ChangeActionDueDate(action, request.dueDate(), request.reason()), action);
    }

    @PostMapping("/complete")
    @PreAuthorize("@accessPolicy.canWorkOnAction(authentication, #actionId, 'COMPLETE')")
    @Operation(summary = "Melder handlingen udført / completes the action",
            description = "Uden dato er handlingen udført i dag.")
    CommandResult complete(@PathVariable("id") UUID actionId,
                           @Valid @RequestBody(required = false) CompleteRequest request) {
        ActionId action = ActionId.of(actionId);
        LocalDate completedOn = request == null || request.completedOn() == null
                ? LocalDate.now(clock) : request.completedOn();
        return commands.send(new CompleteAction(action, completedOn, request == null ? null : request.note()), action);
    }

    @PostMapping("/cancel")
    @PreAuthorize("@accessPolicy.canWorkOnAction(authentication, #actionId, 'CANCEL')")
    @Operation(summary = "Annullerer handlingen / cancels the action")
    CommandResult cancel(@PathVariable("id") UUID actionId, @Valid @RequestBody ActionReasonRequest request) {
        ActionId action = ActionId.of(actionId);
        return commands.send(new CancelAction(action, request.reason()), action);
    }

    @PostMapping("/reopen")
    @PreAuthorize("@accessPolicy.canWorkOnAction(authentication, #actionId, 'REOPEN')")
    @Operation(summary = "Genåbner en udført eller annulleret handling / reopens the action")
    CommandResult reopen(@PathVariable("id") UUID actionId, @Valid @RequestBody ActionReasonRequest request) {
        ActionId action = ActionId.of(actionId);
        return commands.send(new ReopenAction(action, request.reason()), action);
    }
}
