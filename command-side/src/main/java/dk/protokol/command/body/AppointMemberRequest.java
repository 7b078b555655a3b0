package dk.protokol.command.body;

import dk.protokol.events.command.body.AppointMember;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.MemberRole;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

public record AppointMemberRequest(
        @NotNull(message = "Vælg den person, der udpeges.")
        UUID personId,
        @NotNull(message = "Vælg medlemmets rolle.")
        MemberRole role,
        @Schema(description = "Den organisation medlemmet repræsenterer / organisation represented", example = "AAB")
        @Size(max = 200, message = "Hvem medlemmet repræsenterer må højst være 200 tegn.")
        String representing,
        @Schema(description = "Første dag som medlem / first day as a member")
        @NotNull(message = "Angiv hvornår medlemskabet begynder.")
        LocalDate from) {

    AppointMember toCommand(BodyId id) {
        return new AppointMember(id, PersonId.of(personId), role, representing, from);
    }
}
