package dk.protokol.command.body;

import dk.protokol.events.command.body.ChangeMemberRole;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.MemberRole;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

public record ChangeRoleRequest(
        @NotNull(message = "Vælg den nye rolle.")
        MemberRole role,
        @Schema(description = "Første dag i den nye rolle / first day in the new role")
        @NotNull(message = "Angiv hvornår den nye rolle gælder fra.")
        LocalDate from) {

    ChangeMemberRole toCommand(BodyId id, PersonId personId) {
        return new ChangeMemberRole(id, personId, role, from);
    }
}
