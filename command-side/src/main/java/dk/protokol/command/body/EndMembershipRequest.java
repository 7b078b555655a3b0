package dk.protokol.command.body;

import dk.protokol.events.command.body.EndMembership;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;

public record EndMembershipRequest(
        @Schema(description = "Sidste dag som medlem / last day as a member")
        LocalDate to,
        String reason) {

    EndMembership toCommand(BodyId id, PersonId personId) {
        return new EndMembership(id, personId, to, reason);
    }
}
