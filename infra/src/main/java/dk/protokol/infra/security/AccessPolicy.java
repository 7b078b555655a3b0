package dk.protokol.infra.security;

import dk.protokol.command.common.MeetingLookup;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Who may do what: the one place the rules of DESIGN.md "Security" are written down. Controllers ask it
 * through method security, e.g. {@code @PreAuthorize("@accessPolicy.canRecordFor(authentication, #bodyId)")}.
 * <p>
 * Global roles come from the account ({@link GlobalRole}); roles per body from the linked person's
 * memberships on the day of the check, through {@link BodyRoles}. An account without a person has none.
 * A meeting's checks are its body's, found through the command side's {@link MeetingLookup}; an unknown
 * meeting belongs to no body (an administrator then gets the 404 of the command itself).
 */
@Component("accessPolicy")
public class AccessPolicy {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final ObjectProvider<BodyRoles> bodyRoles;
    private final ObjectProvider<MeetingLookup> meetings;
    private final Clock clock;

    AccessPolicy(ObjectProvider<BodyRoles> bodyRoles, ObjectProvider<MeetingLookup> meetings, Clock clock) {
        this.bodyRoles = bodyRoles;
        this.meetings = meetings;
        this.clock = clock;
    }

    /** Establish bodies, appoint members, register people. */
    public boolean canChangeOrganisation(Authentication authentication) {
        return has(authentication, GlobalRole.ADMIN);
    }

    /** The organisation (bodies, members, chart) is open to every signed-in user. */
    public boolean canReadOrganisation(Authentication authentication) {
        return isSignedIn(authentication);
    }

    /** Every body's minutes and actions, the audit log, exports. */
    public boolean canReadEverything(Authentication authentication) {
        return has(authentication, GlobalRole.ADMIN) || has(authentication, GlobalRole.EVALUATOR);
    }

    public boolean canManageAccounts(Authentication authentication) {
        return has(authentication, GlobalRole.ADMIN);
    }

    /** Schedule meetings and record minutes for the body: its secretary, or an administrator (issue 3). */
    public boolean canRecordFor(Authentication authentication, UUID bodyId) {
        return has(authentication, GlobalRole.ADMIN)
                || bodyRolesOf(authentication, bodyId).contains(BodyRoles.SECRETARY);
    }

    /** Record the meeting's agenda, attendance and minutes: the secretary of its body, or an administrator. */
    public boolean canRecordForMeeting(Authentication authentication, UUID meetingId) {
        return has(authentication, GlobalRole.ADMIN) || canRecordFor(authentication, bodyOf(meetingId));
    }

    /** Approve the meeting's minutes: the chair of its body. */
    public boolean canApproveForMeeting(Authentication authentication, UUID meetingId) {
        return canApproveFor(authentication, bodyOf(meetingId));
    }

    /** Approve the body's minutes and review its actions: its chair. */
    public boolean canApproveFor(Authentication authentication, UUID bodyId) {
        return bodyRolesOf(authentication, bodyId).contains(BodyRoles.CHAIR);
    }

    /** The body's meetings, minutes and actions: anyone with a role in it, and those who read everything. */
    public boolean canReadBody(Authentication authentication, UUID bodyId) {
        return canReadEverything(authentication) || !bodyRolesOf(authentication, bodyId).isEmpty();
    }

    /** The meeting's body, or null for an unknown meeting (or none given). */
    private UUID bodyOf(UUID meetingId) {
        if (meetingId == null) {
            return null;
        }
        MeetingLookup lookup = meetings.getIfUnique();
        return lookup == null ? null
                : lookup.bodyOf(MeetingId.of(meetingId)).map(BodyId::value).orElse(null);
    }

    private Set<String> bodyRolesOf(Authentication authentication, UUID bodyId) {
        if (bodyId == null || !isSignedIn(authentication)) {
            return Set.of();
        }
        return AccountPrincipal.of(authentication)
                .flatMap(AccountPrincipal::personId)
                .map(person -> bodyRoles.getIfUnique(() -> BodyRoles.NONE)
                        .rolesOf(person, bodyId, LocalDate.now(clock)))
                .orElse(Set.of());
    }

    private static boolean has(Authentication authentication, GlobalRole role) {
        String authority = role.authority().getAuthority();
        return isSignedIn(authentication) && authentication.getAuthorities().stream()
                .anyMatch(granted -> authority.equals(granted.getAuthority()));
    }

    private static boolean isSignedIn(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated() && !TRUST.isAnonymous(authentication);
    }
}
