package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.WithdrawAgendaItem;
import dk.protokol.events.command.CommandResult;
import dk.protokol.command.common.CommandSender;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.ReferralId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * The agenda items of a meeting and what the minutes record under them: notes, decisions and remarks on them,
 * conflicts of interest, actions and referrals. Recorded by the body's secretary or an administrator. A call
 * that creates something answers 201 with the new thing's id and the meeting's newest event position.
 */
@RestController
@RequestMapping("/api/meetings/{id}")
@PreAuthorize("@accessPolicy.canRecordForMeeting(authentication, #meetingId)")
@Tag(name = "Møder", description = "Møder, dagsordener og referater / meetings and minutes")
class AgendaItemCommandController {

    private final CommandSender commands;

    AgendaItemCommandController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/agenda-items")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Sætter et punkt på dagsordenen / adds an agenda item", description = "Sidst i rækkefølgen.")
    CommandResult addItem(@PathVariable("id") UUID meetingId, @Valid @RequestBody AddAgendaItemRequest request) {
        MeetingId meeting = MeetingId.of(meetingId);
        AgendaItemId item = AgendaItemId.random();
        return commands.send(request.toCommand(meeting, item), meeting, item);
    }

    @PostMapping("/agenda-items/{itemId}/amend")
    @Operation(summary = "Ændrer et punkt / amends an agenda item",
            description = "Felter, der udelades, bevares; en tom beskrivelse fjerner beskrivelsen.")
    CommandResult amendItem(@PathVariable("id") UUID meetingId, @PathVariable UUID itemId,
                            @Valid @RequestBody AmendAgendaItemRequest request) {
        MeetingId meeting = MeetingId.of(meetingId);
        return commands.send(request.toCommand(meeting, AgendaItemId.of(itemId)), meeting);
    }

    @PostMapping("/agenda-items/{itemId}/withdraw")
    @Operation(summary = "Tager et punkt af dagsordenen / withdraws an agenda item")
    CommandResult withdrawItem(@PathVariable("id") UUID meetingId, @PathVariable UUID itemId,
                               @Valid @RequestBody ReasonRequest request) {
        MeetingId meeting = MeetingId.of(meetingId);
        return commands.send(new WithdrawAgendaItem(meeting, AgendaItemId.of(itemId), request.reason()), meeting);
    }

    @PostMapping("/agenda-items/{itemId}/conflicts")
    @Operation(summary = "Registrerer inhabilitet / declares a conflict of interest",
            description = "Medlemmet deltager ikke i punktets beslutning og tælles ikke med.")
    CommandResult declareConflict(@PathVariable("id") UUID meetingId, @PathVariable UUID itemId,
                                  @Valid @RequestBody ConflictRequest request) {
        MeetingId meeting = MeetingId.of(meetingId);
        return commands.send(request.toCommand(meeting, AgendaItemId.of(itemId)), meeting);
    }

    @PostMapping("/agenda-items/{itemId}/notes")
    @Operation(summary = "Skriver referat til punktet / records the item's notes",
            description = "Den nye tekst erstatter den tidligere, som bevares i historikken.")
    CommandResult recordNotes(@PathVariable("id") UUID meetingId, @PathVariable UUID itemId,
                              @Valid @RequestBody NotesRequest request) {
        MeetingId meeting = MeetingId.of(meetingId);
        return commands.send(request.toCommand(meeting, AgendaItemId.of(itemId)), meeting);
    }

    @PostMapping("/agenda-items/{itemId}/decisions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Registrerer en beslutning / records a decision",
            description = "Kun på punkter til beslutning; afvises, hvis organet ikke er beslutningsdygtigt. "
                    + "Efter mødet (indtil referatet er sendt ud) markeres beslutningen som efterregistreret.")
    CommandResult recordDecision(@PathVariable("id") UUID meetingId, @PathVariable UUID itemId,
                                 @Valid @RequestBody DecisionRequest request) {
        MeetingId meeting = MeetingId.of(meetingId);
        DecisionId decision = DecisionId.random();
        return commands.send(request.toCommand(meeting, AgendaItemId.of(itemId), decision), meeting, decision);
    }

    @PostMapping("/decisions/{decisionId}/remarks")
    @Operation(summary = "Fører et medlems bemærkning til protokol / records a member's remark")
    CommandResult recordRemark(@PathVariable("id") UUID meetingId, @PathVariable UUID decisionId,
                               @Valid @RequestBody RemarkRequest request) {
        MeetingId meeting = MeetingId.of(meetingId);
        return commands.send(request.toCommand(meeting, DecisionId.of(decisionId)), meeting);
    }

    @PostMapping("/agenda-items/{itemId}/actions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Aftaler en opfølgning / agrees an action",
            description = "Handlingen får sit eget liv under samme id (se /api/actions/{id}).")
    CommandResult agreeAction(@PathVariable("id") UUID meetingId, @PathVariable UUID itemId,
                              @Valid @RequestBody ActionRequest request) {
        MeetingId meeting = MeetingId.of(meetingId);
        ActionId action = ActionId.random();
        // The position is the ActionItem's: it was opened after the ActionAgreed in the same transaction, so a view
        // asked for that position has seen both.
        return commands.send(request.toCommand(meeting, AgendaItemId.of(itemId), action), action, action);
    }

    @PostMapping("/agenda-items/{itemId}/referrals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Henviser sagen til et andet organ / refers the case to another body")
    CommandResult referCase(@PathVariable("id") UUID meetingId, @PathVariable UUID itemId,
                            @Valid @RequestBody ReferralRequest request) {
        MeetingId meeting = MeetingId.of(meetingId);
        ReferralId referral = ReferralId.random();
        return commands.send(request.toCommand(meeting, AgendaItemId.of(itemId), referral), meeting, referral);
    }
}
