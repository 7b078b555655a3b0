package dk.protokol.events.command.body;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.MemberRole;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Objects;

public record ChangeMemberRole(@TargetAggregateIdentifier BodyId bodyId, PersonId personId, MemberRole role,
                               LocalDate from) {

    /** The HTTP layer answers missing values with 400; a null here is a programming error. */
    public ChangeMemberRole {
        Objects.requireNonNull(bodyId, "bodyId");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(from, "from");
    }
}
