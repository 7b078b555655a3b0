package dk.protokol.infra.security;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * The roles a person holds in one body on one day, as the organisation's memberships say: the per-body half
 * of DESIGN.md "Security". An account gets them through its linked person, never by grant.
 * <p>
 * Extension point: one bean of this type is used by {@link AccessPolicy}; {@link MembershipBodyRoles} is it,
 * over the command side's membership lookup. Without one, {@link #NONE} applies, so every per-body check
 * refuses.
 */
@FunctionalInterface
public interface BodyRoles {

    String SECRETARY = "SECRETARY";
    String CHAIR = "CHAIR";
    String MEMBER = "MEMBER";

    /** Nobody holds any role anywhere. */
    BodyRoles NONE = (personId, bodyId, on) -> Set.of();

    /** The roles ({@link #SECRETARY}, {@link #CHAIR}, {@link #MEMBER}) of the person in the body on that date. */
    Set<String> rolesOf(UUID personId, UUID bodyId, LocalDate on);
}
