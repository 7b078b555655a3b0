package dk.protokol.events.command.body;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.MemberRole;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Objects;

public record AppointMember(@TargetAggregateIdentifier BodyId bodyId,
                            @NotNull(message = "Vælg den person, der udpeges.")
                            PersonId personId,
                            @NotNull(message = "Vælg medlemmets rolle.")
                            MemberRole role,
                            @Size(max = 200, message = "Hvem medlemmet repræsenterer må højst være 200 tegn.")
                            String representing,
                            @NotNull(message = "Angiv hvornår medlemskabet begynder.")
                            LocalDate from) {

    /** The HTTP layer answers missing values with 400; a null here is a programming error. */
    public AppointMember {
        Limits.check(AppointMember.class, bodyId, personId, role, representing, from);
        Objects.requireNonNull(bodyId, "bodyId");
    }
}
