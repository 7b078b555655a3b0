package dk.protokol.command.body;

import dk.protokol.events.command.body.AppointMember;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.MemberRole;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

public record AppointMemberRequest(
        UUID personId,
        MemberRole role,
        @Schema(description = "Den organisation medlemmet repræsenterer / organisation represented", example = "AAB")
        String representing,
        @Schema(description = "Første dag som medlem / first day as a member")
        LocalDate from) {

    AppointMember toCommand(BodyId id) {
        return new AppointMember(id, PersonId.ofNullable(personId), role, representing, from);
    }
}
