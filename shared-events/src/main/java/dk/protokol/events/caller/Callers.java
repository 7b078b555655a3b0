package dk.protokol.events.caller;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.organisation.MemberRole;

import java.time.LocalDate;
import java.util.Set;

/**
 * Port: who the caller is. The one way the command side, the read side and the pages learn the account, the person
 * it acts as, its global roles and its roles in a body on a day; infra implements it once, from the login.
 * <p>
 * It answers for the current caller (the request this thread serves), not for a principal name handed in: who is
 * calling is what the login established, and nothing outside the security layer should be able to ask "what if it
 * were someone else". The login has already resolved the account (its person and roles travel with it), so the
 * answer costs no lookup; a name would have to be looked up again, could name an account that is not signed in,
 * and would make every caller carry the name through. Method security ({@code @accessPolicy}) asks the same
 * implementation about the authentication it is given.
 * <p>
 * Decisions about access are not made here: the policy decides ({@link CallerAccess}, {@code @PreAuthorize}).
 */
public interface Callers {

    /** The caller of the current request; {@link Caller#NOBODY} when nobody is signed in. */
    Caller current();

    /**
     * The roles the current caller's person holds in the body on the day, as the organisation's memberships say;
     * empty for nobody, for an account without a person, and for a person without a seat there that day.
     */
    Set<MemberRole> rolesIn(BodyId body, LocalDate on);
}
