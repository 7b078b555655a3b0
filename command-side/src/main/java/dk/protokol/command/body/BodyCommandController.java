package dk.protokol.command.body;

import dk.protokol.events.command.CommandResult;
import dk.protokol.command.common.CommandSender;
import dk.protokol.events.command.CommandBatch;
import dk.protokol.events.command.body.OpenApprovedMinutes;
import dk.protokol.events.command.body.PublishMinutes;
import dk.protokol.events.command.body.SetObjectionPeriod;
import dk.protokol.events.ids.BodyId;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** The commands on bodies (API.md "Organisation"). Every answer names the body and its newest event's position. */
@RestController
@RequestMapping("/api/bodies")
@PreAuthorize("@accessPolicy.canChangeOrganisation(authentication)")
@Tag(name = "Organisation", description = "Personer og organer / people and bodies")
class BodyCommandController {

    private final CommandSender commands;
    private final Clock clock;

    BodyCommandController(CommandSender commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Opretter et organ / establishes a body")
    CommandResult establish(@Valid @RequestBody EstablishBodyRequest request) {
        BodyId id = BodyId.random();
        if (request.objectionDays() == null && request.tacitApproval() == null) {
            return commands.send(request.toCommand(id, LocalDate.now(clock)), id);
        }
        // the body and its objection period in one step: both recorded, or neither
        CommandBatch batch = new CommandBatch()
                .add("", () -> request.toCommand(id, LocalDate.now(clock)))
                .add("", () -> new SetObjectionPeriod(id,
                        request.objectionDays() == null ? ObjectionPolicy.DEFAULT.objectionDays()
                                : request.objectionDays(),
                        request.tacitApproval() != null && request.tacitApproval()));
        return new CommandResult(id.toString(), commands.sendAll(batch).position());
    }

    @PostMapping("/{id}/relations")
    @Operation(summary = "Erklærer en relation til et andet organ / declares a relation to another body")
    CommandResult declareRelation(@PathVariable UUID id, @Valid @RequestBody DeclareRelationRequest request) {
        BodyId bodyId = BodyId.of(id);
        return commands.send(request.toCommand(bodyId), bodyId);
    }

    @PostMapping("/{id}/members")
    @Operation(summary = "Udpeger et medlem / appoints a member")
    CommandResult appointMember(@PathVariable UUID id, @Valid @RequestBody AppointMemberRequest request) {
        BodyId bodyId = BodyId.of(id);
        return commands.send(request.toCommand(bodyId), bodyId);
    }

    @PostMapping("/{id}/members/{personId}/role")
    @Operation(summary = "Skifter et medlems rolle / changes a member's role")
    CommandResult changeRole(@PathVariable UUID id, @PathVariable UUID personId,
                             @Valid @RequestBody ChangeRoleRequest request) {
        BodyId bodyId = BodyId.of(id);
        return commands.send(request.toCommand(bodyId, PersonId.of(personId)), bodyId);
    }

    @PostMapping("/{id}/members/{personId}/end")
    @Operation(summary = "Afslutter et medlemskab / ends a membership")
    CommandResult endMembership(@PathVariable UUID id, @PathVariable UUID personId,
                                @Valid @RequestBody EndMembershipRequest request) {
        BodyId bodyId = BodyId.of(id);
        return commands.send(request.toCommand(bodyId, PersonId.of(personId)), bodyId);
    }

    @PostMapping("/{id}/dissolve")
    @Operation(summary = "Nedlægger organet / dissolves the body")
    CommandResult dissolve(@PathVariable UUID id, @Valid @RequestBody DissolveBodyRequest request) {
        BodyId bodyId = BodyId.of(id);
        return commands.send(request.toCommand(bodyId), bodyId);
    }

    @PostMapping("/{id}/rename")
    @Operation(summary = "Giver organet et nyt navn fra en dato / renames the body from a date")
    CommandResult rename(@PathVariable UUID id, @Valid @RequestBody RenameBodyRequest request) {
        BodyId bodyId = BodyId.of(id);
        return commands.send(request.toCommand(bodyId), bodyId);
    }

    @PostMapping("/{id}/mandate")
    @Operation(summary = "Ændrer kommissoriet fra en dato / changes the mandate from a date")
    CommandResult changeMandate(@PathVariable UUID id, @Valid @RequestBody ChangeMandateRequest request) {
        BodyId bodyId = BodyId.of(id);
        return commands.send(request.toCommand(bodyId), bodyId);
    }

    @PostMapping("/{id}/cadence")
    @Operation(summary = "Ændrer antal møder om året fra en dato / changes the cadence from a date")
    CommandResult changeCadence(@PathVariable UUID id, @Valid @RequestBody ChangeCadenceRequest request) {
        BodyId bodyId = BodyId.of(id);
        return commands.send(request.toCommand(bodyId), bodyId);
    }

    @PostMapping("/{id}/quorum")
    @Operation(summary = "Ændrer beslutningsdygtigheden fra en dato / changes the quorum from a date")
    CommandResult changeQuorum(@PathVariable UUID id, @Valid @RequestBody ChangeQuorumRequest request) {
        BodyId bodyId = BodyId.of(id);
        return commands.send(request.toCommand(bodyId), bodyId);
    }

    /** A body setting: its approved minutes for every signed-in user ({@code open: true}), or for its readers only. */
    record OpenMinutesRequest(Boolean open) {
    }

    @PostMapping("/{id}/approved-minutes")
    @Operation(summary = "Åbner organets godkendte referater for alle / opens the approved minutes to everyone",
            description = "{open: true}: alle, der er logget ind, kan læse organets godkendte referater; false: kun "
                    + "organets egne læsere. Referater, der ikke er godkendt, læses altid kun af organets læsere.")
    CommandResult openApprovedMinutes(@PathVariable UUID id, @RequestBody OpenMinutesRequest request) {
        BodyId bodyId = BodyId.of(id);
        return commands.send(new OpenApprovedMinutes(bodyId, request.open()), bodyId);
    }

    /** A body setting: how long members comment on circulated minutes, and whether silence approves them. */
    record ObjectionPeriodRequest(Integer objectionDays, Boolean tacitApproval) {
    }

    @PostMapping("/{id}/objection-period")
    @Operation(summary = "Fastsætter indsigelsesfrist og stiltiende godkendelse / sets the objection period",
            description = "{objectionDays: 8, tacitApproval: true}: medlemmerne kan give bemærkninger til det "
                    + "udsendte referat i 8 dage; er der ingen åbne indsigelser, når fristen udløber, godkender "
                    + "systemet referatet. Gælder referater, der sendes ud herefter.")
    CommandResult setObjectionPeriod(@PathVariable UUID id, @RequestBody ObjectionPeriodRequest request) {
        BodyId bodyId = BodyId.of(id);
        return commands.send(new SetObjectionPeriod(bodyId, request.objectionDays(), request.tacitApproval()),
                bodyId);
    }

    /** A body setting: its approved minutes on a public page without login ({@code publish: true}), or not. */
    record PublicationRequest(Boolean publish) {
    }

    @PostMapping("/{id}/publication")
    @Operation(summary = "Offentliggør organets godkendte referater / publishes the approved minutes",
            description = "{publish: true}: organets godkendte referater vises på en offentlig side uden login "
                    + "(/offentlig/organer/{id}) med beslutninger, offentlige bilag, PDF og et Atom-feed.")
    CommandResult publish(@PathVariable UUID id, @RequestBody PublicationRequest request) {
        BodyId bodyId = BodyId.of(id);
        return commands.send(new PublishMinutes(bodyId, request.publish()), bodyId);
    }

    @PostMapping("/{id}/successor")
    @Operation(summary = "Navngiver det organ, der viderefører arbejdet / names the successor body")
    CommandResult nameSuccessor(@PathVariable UUID id, @Valid @RequestBody NameSuccessorRequest request) {
        BodyId bodyId = BodyId.of(id);
        return commands.send(request.toCommand(bodyId), bodyId);
    }

    @PostMapping("/{id}/relations/end")
    @Operation(summary = "Afslutter en relation til et andet organ / ends a relation to another body")
    CommandResult endRelation(@PathVariable UUID id, @Valid @RequestBody EndRelationRequest request) {
        BodyId bodyId = BodyId.of(id);
        return commands.send(request.toCommand(bodyId), bodyId);
    }
}
