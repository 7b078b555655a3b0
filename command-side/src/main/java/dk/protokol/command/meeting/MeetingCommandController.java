package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.AddJointBody;
import dk.protokol.events.command.meeting.CancelMeeting;
import dk.protokol.events.command.meeting.ChooseChairOfTheDay;
import dk.protokol.events.command.meeting.NameMinuteTaker;
import dk.protokol.events.command.meeting.CloseMeeting;
import dk.protokol.events.command.meeting.OpenMeeting;
import dk.protokol.events.command.meeting.PublishAgenda;
import dk.protokol.events.command.meeting.WithdrawJointBody;
import dk.protokol.events.command.CommandResult;
import dk.protokol.command.common.CommandSender;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
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
 * The meeting itself (API.md "Meetings and minutes"): scheduling, the agenda as a whole, attendance, opening and
 * closing. Recorded by the body's secretary or an administrator. Bodies of {@code {}} may be left out.
 */
@RestController
@RequestMapping("/api/meetings")
@Tag(name = "Møder", description = "Møder, dagsordener og referater / meetings and minutes")
class MeetingCommandController {

    private final CommandSender commands;

    MeetingCommandController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    // no body named: nothing to guard, and the command cannot be made without one (400, as on the page)
    @PreAuthorize("(#request.bodyId() == null or @accessPolicy.canRecordFor(authentication, #request.bodyId()))"
            + " and @accessPolicy.canRecordForEach(authentication, #request.jointBodyIds())")
    @Operation(summary = "Planlægger et møde / schedules a meeting",
            description = "Mødet får det faste punkt \"Godkendelse af dagsorden og referat\". Tider er dansk tid.")
    CommandResult schedule(@Valid @RequestBody ScheduleMeetingRequest request) {
        MeetingId id = MeetingId.random();
        if (request.jointBodyIds() == null || request.jointBodyIds().isEmpty()) {
            return commands.send(request.toCommand(id), id);
        }
        // all or nothing: a body that cannot hold the meeting jointly leaves no meeting behind
        CommandResult last = commands.sendAll(request.toBatch(id));
        return new CommandResult(id.toString(), last.position());
    }

    @PostMapping("/{id}/joint-bodies")
    @PreAuthorize("@accessPolicy.canRecordForMeeting(authentication, #meetingId) and (#request.bodyId() == null"
            + " or @accessPolicy.canRecordFor(authentication, #request.bodyId()))")
    @Operation(summary = "Et organ holder mødet med (fællesmøde) / another body holds the meeting jointly",
            description = "Før mødet åbnes. Organets medlemmer deltager som medlemmer, og organet skal være "
                    + "beslutningsdygtigt; mødet står i organets register.")
    CommandResult addJointBody(@PathVariable("id") UUID meetingId, @Valid @RequestBody BodyRequest request) {
        MeetingId id = MeetingId.of(meetingId);
        return commands.send(new AddJointBody(id, BodyId.ofNullable(request.bodyId())), id);
    }

    @PostMapping("/{id}/joint-bodies/withdraw")
    @PreAuthorize("@accessPolicy.canRecordForMeeting(authentication, #meetingId)")
    @Operation(summary = "Et organ holder ikke længere mødet med / a joint body withdraws",
            description = "Før mødet åbnes; mødets eget organ kan ikke trækkes fra.")
    CommandResult withdrawJointBody(@PathVariable("id") UUID meetingId, @Valid @RequestBody BodyRequest request) {
        MeetingId id = MeetingId.of(meetingId);
        return commands.send(new WithdrawJointBody(id, BodyId.ofNullable(request.bodyId())), id);
    }

    @PostMapping("/{id}/reschedule")
    @PreAuthorize("@accessPolicy.canRecordForMeeting(authentication, #meetingId)")
    @Operation(summary = "Flytter mødet / reschedules the meeting")
    CommandResult reschedule(@PathVariable("id") UUID meetingId, @Valid @RequestBody RescheduleMeetingRequest request) {
        MeetingId id = MeetingId.of(meetingId);
        return commands.send(request.toCommand(id), id);
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("@accessPolicy.canRecordForMeeting(authentication, #meetingId)")
    @Operation(summary = "Aflyser mødet / cancels the meeting")
    CommandResult cancel(@PathVariable("id") UUID meetingId, @Valid @RequestBody ReasonRequest request) {
        MeetingId id = MeetingId.of(meetingId);
        return commands.send(new CancelMeeting(id, request.reason()), id);
    }

    @PostMapping("/{id}/chair-of-the-day")
    @PreAuthorize("@accessPolicy.canRecordForMeeting(authentication, #meetingId)")
    @Operation(summary = "Vælger mødets mødeleder / chooses the meeting's chair for the day",
            description = "Et stemmeberettiget medlem, der er til stede. Godkender referatet, når formanden ikke var der.")
    CommandResult chairOfTheDay(@PathVariable("id") UUID meetingId, @Valid @RequestBody PersonRequest request) {
        MeetingId id = MeetingId.of(meetingId);
        return commands.send(new ChooseChairOfTheDay(id, PersonId.ofNullable(request.personId())), id);
    }

    @PostMapping("/{id}/minute-taker")
    @PreAuthorize("@accessPolicy.canRecordForMeeting(authentication, #meetingId)")
    @Operation(summary = "Navngiver mødets referent / names the meeting's minute-taker",
            description = "Organets sekretær eller en person fra et organ, der betjener det.")
    CommandResult minuteTaker(@PathVariable("id") UUID meetingId, @Valid @RequestBody PersonRequest request) {
        MeetingId id = MeetingId.of(meetingId);
        return commands.send(new NameMinuteTaker(id, PersonId.ofNullable(request.personId())), id);
    }

    @PostMapping("/{id}/agenda/order")
    @PreAuthorize("@accessPolicy.canRecordForMeeting(authentication, #meetingId)")
    @Operation(summary = "Ændrer dagsordenens rækkefølge / reorders the agenda",
            description = "Alle punkter, der ikke er taget af dagsordenen, præcis én gang.")
    CommandResult reorder(@PathVariable("id") UUID meetingId, @Valid @RequestBody ReorderAgendaRequest request) {
        MeetingId id = MeetingId.of(meetingId);
        return commands.send(request.toCommand(id), id);
    }

    @PostMapping("/{id}/agenda/publish")
    @PreAuthorize("@accessPolicy.canRecordForMeeting(authentication, #meetingId)")
    @Operation(summary = "Udsender dagsordenen / publishes the agenda")
    CommandResult publishAgenda(@PathVariable("id") UUID meetingId) {
        MeetingId id = MeetingId.of(meetingId);
        return commands.send(new PublishAgenda(id), id);
    }

    @PostMapping("/{id}/attendance")
    @PreAuthorize("@accessPolicy.canRecordForMeeting(authentication, #meetingId)")
    @Operation(summary = "Registrerer fremmøde / records attendance",
            description = "Deltager, afbud og fravær for organets medlemmer; gæster kan være alle registrerede. "
                    + "En suppleant møder for et navngivet medlem. Den seneste registrering for en person gælder.")
    CommandResult recordAttendance(@PathVariable("id") UUID meetingId, @Valid @RequestBody AttendanceRequest request) {
        MeetingId id = MeetingId.of(meetingId);
        return commands.send(request.toCommand(id), id);
    }

    @PostMapping("/{id}/open")
    @PreAuthorize("@accessPolicy.canRecordForMeeting(authentication, #meetingId)")
    @Operation(summary = "Åbner mødet / the meeting starts", description = "Dagsordenen skal være udsendt.")
    CommandResult open(@PathVariable("id") UUID meetingId) {
        MeetingId id = MeetingId.of(meetingId);
        return commands.send(new OpenMeeting(id), id);
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("@accessPolicy.canRecordForMeeting(authentication, #meetingId)")
    @Operation(summary = "Afslutter mødet / the meeting ends")
    CommandResult close(@PathVariable("id") UUID meetingId) {
        MeetingId id = MeetingId.of(meetingId);
        return commands.send(new CloseMeeting(id), id);
    }
}
