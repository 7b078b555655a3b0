package dk.protokol.command.body;

import dk.protokol.events.command.body.ChangeMemberRole;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.MemberRole;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;

public record ChangeRoleRequest(
        MemberRole role,
        @Schema(description = "Første dag i den nye rolle / first day in the new role")
        LocalDate from) {

    ChangeMemberRole toCommand(BodyId id, PersonId personId) {
        return new ChangeMemberRole(id, personId, role, from);
    }
}
