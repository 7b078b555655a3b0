package dk.protokol.command.meeting;

import dk.protokol.events.command.CommandResult;
import dk.protokol.command.common.CommandSender;
import dk.protokol.events.ids.AgendaItemId;
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
 * Cases referred from one body to another (API.md "Actions and cases"): the target body's secretary, or an
 * administrator, puts a referred case on one of the target body's meetings.
 */
@RestController
@RequestMapping("/api/referrals/{id}")
@Tag(name = "Sager", description = "Sager henvist mellem organer / cases referred between bodies")
class ReferralCommandController {

    private final CommandSender commands;

    ReferralCommandController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/accept")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("@accessPolicy.canAcceptReferral(authentication, #referralId)")
    @Operation(summary = "Sætter en henvist sag på et møde / puts a referred case on a meeting's agenda",
            description = "Sagen bliver et nyt punkt sidst på mødets dagsorden, med titlen fra det henvisende organ "
                    + "og henvisningens tekst som beskrivelse. Svaret er det nye punkts id og mødets position. "
                    + "The answer is the new agenda item's id and the meeting's newest event position.")
    CommandResult accept(@PathVariable("id") UUID referralId, @Valid @RequestBody AcceptReferralRequest request) {
        AgendaItemId item = AgendaItemId.random();
        return commands.send(request.toCommand(ReferralId.of(referralId), item), MeetingId.of(request.meetingId()),
                item);
    }
}
