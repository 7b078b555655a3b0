package dk.protokol.command.body;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.MemberRole;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record AppointMember(@TargetAggregateIdentifier BodyId bodyId, PersonId personId, MemberRole role,
                            String representing, LocalDate from) {
}
