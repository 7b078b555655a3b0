package dk.protokol.events.command.body;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.MemberRole;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Objects;

public record ChangeMemberRole(@TargetAggregateIdentifier BodyId bodyId,
                               PersonId personId,
                               @NotNull(message = "Vælg den nye rolle.")
                               MemberRole role,
                               @NotNull(message = "Angiv hvornår den nye rolle gælder fra.")
                               LocalDate from) {

    /** The HTTP layer answers missing values with 400; a null here is a programming error. */
    public ChangeMemberRole {
        Limits.check(ChangeMemberRole.class, bodyId, personId, role, from);
        Objects.requireNonNull(bodyId, "bodyId");
        Objects.requireNonNull(personId, "personId");
    }
}
