package dk.protokol.infra.security;

import dk.protokol.command.body.OrganisationLookup;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.MemberRole;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * The roles of {@link BodyRoles} from the command side's own membership lookup: it is written in the same
 * transaction as the organisation's events, so a secretary appointed a moment ago may record at once, and a
 * chair whose term ended yesterday no longer approves. The membership roles map as follows:
 * CHAIR is {@code CHAIR} and {@code MEMBER}; SECRETARY is {@code SECRETARY} and {@code MEMBER} (she reads what
 * she records); VICE_CHAIR, MEMBER, SUBSTITUTE and OBSERVER are {@code MEMBER}. A vice-chair does not approve
 * minutes: the chair does, and a chair who cannot is replaced by a role change.
 * <p>
 * Primary: the rights to record and approve must agree with the rules the Meeting aggregate checks against the
 * same lookup (the approver chairs the body on the day); another source of roles must not make
 * {@link AccessPolicy}'s choice ambiguous, which would refuse every per-body check.
 */
@Component
@Primary
class MembershipBodyRoles implements BodyRoles {

    private final OrganisationLookup organisation;

    MembershipBodyRoles(OrganisationLookup organisation) {
        this.organisation = organisation;
    }

    @Override
    public Set<String> rolesOf(UUID personId, UUID bodyId, LocalDate on) {
        return organisation.roleOn(BodyId.of(bodyId), PersonId.of(personId), on)
                .map(MembershipBodyRoles::rolesFor)
                .orElse(Set.of());
    }

    static Set<String> rolesFor(MemberRole role) {
        return switch (role) {
            case CHAIR -> Set.of(CHAIR, MEMBER);
            case SECRETARY -> Set.of(SECRETARY, MEMBER);
            case VICE_CHAIR, MEMBER, SUBSTITUTE, OBSERVER -> Set.of(MEMBER);
        };
    }
}
