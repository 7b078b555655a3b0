package dk.protokol.infra.security;

import dk.protokol.command.action.ActionLookup;
import dk.protokol.command.action.KnownAction;
import dk.protokol.command.meeting.MeetingLookup;
import dk.protokol.command.meeting.ReferralLookup;
import dk.protokol.events.caller.CallerAccess;
import dk.protokol.events.caller.GlobalRole;
import dk.protokol.events.caller.Readable;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.ReferralId;
import dk.protokol.events.organisation.MemberRole;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who may do what: the one place the rules of DESIGN.md "Security" are written down. Controllers ask it
 * through method security, e.g. {@code @PreAuthorize("@accessPolicy.canRecordFor(authentication, #bodyId)")}.
 * <p>
 * Who the caller is comes from {@link AccountCallers} (the one implementation of the published language's
 * {@code Callers}): the global roles from the account ({@link GlobalRole}); the roles in a body from the linked
 * person's memberships on the day of the check. An account without a person has none. The body's SECRETARY records,
 * its CHAIR approves (a vice-chair does not: a chair who cannot is replaced by a role change), and anyone with a
 * seat in it reads it.
 * <p>
 * A meeting's checks are its bodies' (a fællesmøde is held by several), found through the command side's {@link MeetingLookup}; an unknown
 * meeting belongs to no body (an administrator then gets the 404 of the command itself). An action's and a
 * referred case's checks likewise go through the command side's {@link ActionLookup} and {@link ReferralLookup}.
 * <p>
 * It also answers the published language's {@link CallerAccess} about the current caller (the pages ask it before
 * they act), with the same rules.
 */
@Component("accessPolicy")
public class AccessPolicy implements CallerAccess {

    /** What may be done with an action ({@link #canWorkOnAction}). */
    private static final Set<String> ACTION_WORK = Set.of("PROGRESS", "REASSIGN", "DUE_DATE", "COMPLETE", "CANCEL",
            "REOPEN");
    /** What the owner of an action may do with it: report progress and complete it. */
    private static final Set<String> OWNERS_WORK = Set.of("PROGRESS", "COMPLETE");

    private final AccountCallers callers;
    private final ObjectProvider<MeetingLookup> meetings;
    private final ObjectProvider<ActionLookup> actions;
    private final ObjectProvider<ReferralLookup> referrals;
    private final Clock clock;

    AccessPolicy(AccountCallers callers, ObjectProvider<MeetingLookup> meetings,
                 ObjectProvider<ActionLookup> actions, ObjectProvider<ReferralLookup> referrals, Clock clock) {
        this.callers = callers;
        this.meetings = meetings;
        this.actions = actions;
        this.referrals = referrals;
        this.clock = clock;
    }

    /** {@link #canRecordFor(Authentication, UUID)} for the current caller; no body, no. */
    @Override
    public boolean canRecordFor(BodyId body) {
        return body != null && canRecordFor(AccountCallers.currentAuthentication(), body.value());
    }

    /** {@link #canRecordForMeeting(Authentication, UUID)} for the current caller; no meeting, no. */
    @Override
    public boolean canRecordForMeeting(MeetingId meeting) {
        return meeting != null && canRecordForMeeting(AccountCallers.currentAuthentication(), meeting.value());
    }

    /** {@link #readable(Authentication)} for the current caller. */
    @Override
    public Readable readable() {
        return readable(AccountCallers.currentAuthentication());
    }

    /**
     * The bodies whose meetings, minutes, decisions, actions and cases the caller reads: everything for an evaluator
     * or administrator; else the bodies the linked person sits in today (any role) and those these serve; nothing
     * for an account without a person or no caller.
     */
    public Readable readable(Authentication authentication) {
        if (canReadEverything(authentication)) {
            return Readable.EVERYTHING;
        }
        if (!isSignedIn(authentication)) {
            return Readable.NOTHING;
        }
        return Readable.bodies(callers.bodiesReadBy(AccountCallers.of(authentication), LocalDate.now(clock)));
    }

    /** The meeting's minutes and documents: a reader of one of the bodies holding it; an unknown meeting, no. */
    public boolean canReadMeeting(Authentication authentication, UUID meetingId) {
        return readable(authentication).anyOf(bodiesOf(meetingId).stream().map(BodyId::of).toList());
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

    /** Everything stored about a person, decrypted (GDPR Art. 15): an administrator, or the person themself. */
    public boolean canReadPersonalData(Authentication authentication, UUID personId) {
        if (has(authentication, GlobalRole.ADMIN)) {
            return true;
        }
        return personId != null && AccountCallers.of(authentication).person()
                .map(person -> person.value().equals(personId)).orElse(false);
    }

    public boolean canManageAccounts(Authentication authentication) {
        return has(authentication, GlobalRole.ADMIN);
    }

    /** An account's API keys: an administrator, or the account itself. */
    public boolean canManageApiKeys(Authentication authentication, String username) {
        if (has(authentication, GlobalRole.ADMIN)) {
            return true;
        }
        return isSignedIn(authentication) && username != null
                && authentication.getName().equalsIgnoreCase(username.strip());
    }

    /**
     * Schedule meetings and record, circulate and prepare minutes for the body: its secretary, the people of a body
     * that serves it (SERVES: the secretariat, issue 10), or an administrator.
     */
    public boolean canRecordFor(Authentication authentication, UUID bodyId) {
        return has(authentication, GlobalRole.ADMIN)
                || rolesIn(authentication, bodyId).contains(MemberRole.SECRETARY)
                || servesThrough(authentication, bodyId);
    }

    /**
     * {@link #canRecordFor(Authentication, UUID)} for every body named (those a meeting is scheduled jointly with);
     * none named, yes. A missing id is passed over: the command refuses it as input (400), as for one body.
     */
    public boolean canRecordForEach(Authentication authentication, Collection<UUID> bodyIds) {
        return bodyIds == null || bodyIds.stream().filter(Objects::nonNull)
                .allMatch(body -> canRecordFor(authentication, body));
    }

    /**
     * Record the meeting's agenda, attendance and minutes: whoever records for one of the bodies holding it (the
     * body that called it, or one holding it jointly), or an administrator.
     */
    public boolean canRecordForMeeting(Authentication authentication, UUID meetingId) {
        return has(authentication, GlobalRole.ADMIN)
                || bodiesOf(meetingId).stream().anyMatch(body -> canRecordFor(authentication, body));
    }

    /**
     * Approve the meeting's minutes: a voting member of its body (chair, vice-chair, member). Which of them may is
     * the meeting's own rule, answered 409 with its name: the chair when the chair was at the meeting, otherwise
     * the chair for the day or the vice-chair (issue 10).
     */
    public boolean canApproveForMeeting(Authentication authentication, UUID meetingId) {
        return bodiesOf(meetingId).stream().map(body -> rolesIn(authentication, body))
                .anyMatch(roles -> roles.contains(MemberRole.CHAIR) || roles.contains(MemberRole.VICE_CHAIR)
                        || roles.contains(MemberRole.MEMBER));
    }

    /**
     * Comment on the meeting's circulated minutes: a person who sits in one of the bodies holding it, or in a body
     * serving one of them (the secretariat). Reading everything is not enough: a comment is a member's word. Which
     * members may on the day is the meeting's own rule, answered 409 with its name.
     */
    public boolean canCommentOnMeeting(Authentication authentication, UUID meetingId) {
        return bodiesOf(meetingId).stream().anyMatch(body -> !rolesIn(authentication, body).isEmpty()
                || servesThrough(authentication, body));
    }

    /** Approve the body's minutes and review its actions: its chair. */
    public boolean canApproveFor(Authentication authentication, UUID bodyId) {
        return rolesIn(authentication, bodyId).contains(MemberRole.CHAIR);
    }

    /**
     * Work on an agreed action: {@code what} is PROGRESS, REASSIGN, DUE_DATE, COMPLETE, CANCEL or REOPEN. The
     * owner reports progress on and completes their own action, and nothing else; the secretary and the chair of
     * the body that agreed it, the people of a body serving it (the secretariat follows up), and an administrator,
     * may do everything. An unknown action belongs to no body and
     * has no owner (an administrator then gets the 404 of the command itself).
     */
    public boolean canWorkOnAction(Authentication authentication, UUID actionId, String what) {
        if (!ACTION_WORK.contains(what)) {
            throw new IllegalArgumentException("Unknown work on an action: " + what);
        }
        if (has(authentication, GlobalRole.ADMIN)) {
            return true;
        }
        Optional<KnownAction> action = action(actionId);
        if (action.isEmpty()) {
            return false;
        }
        Set<MemberRole> roles = rolesIn(authentication, action.get().bodyId().value());
        if (roles.contains(MemberRole.SECRETARY) || roles.contains(MemberRole.CHAIR)
                || servesThrough(authentication, action.get().bodyId().value())) {
            return true;
        }
        return OWNERS_WORK.contains(what) && AccountCallers.of(authentication).person()
                .map(person -> person.equals(action.get().ownerId()))
                .orElse(false);
    }

    /** Put a case referred to a body on one of its meetings: the secretary of that body, or an administrator. */
    public boolean canAcceptReferral(Authentication authentication, UUID referralId) {
        return has(authentication, GlobalRole.ADMIN) || canRecordFor(authentication, targetBodyOf(referralId));
    }

    /** The body's meetings, minutes and actions: anyone with a role in it, and those who read everything. */
    public boolean canReadBody(Authentication authentication, UUID bodyId) {
        return canReadEverything(authentication) || !rolesIn(authentication, bodyId).isEmpty()
                || servesThrough(authentication, bodyId);
    }

    /** The bodies holding the meeting (its own first), none for an unknown meeting (or none given). */
    private List<UUID> bodiesOf(UUID meetingId) {
        if (meetingId == null) {
            return List.of();
        }
        MeetingLookup lookup = meetings.getIfUnique();
        return lookup == null ? List.of()
                : lookup.bodiesOf(MeetingId.of(meetingId)).stream().map(BodyId::value).toList();
    }

    private Optional<KnownAction> action(UUID actionId) {
        ActionLookup lookup = actionId == null ? null : actions.getIfUnique();
        return lookup == null ? Optional.empty() : lookup.action(ActionId.of(actionId));
    }

    /** The body a case was referred to, or null for an unknown referral (or none given). */
    private UUID targetBodyOf(UUID referralId) {
        ReferralLookup lookup = referralId == null ? null : referrals.getIfUnique();
        return lookup == null ? null
                : lookup.referral(ReferralId.of(referralId)).map(referral -> referral.targetBodyId().value())
                .orElse(null);
    }

    /** The caller's roles in the body today; none without a body. */
    private Set<MemberRole> rolesIn(Authentication authentication, UUID bodyId) {
        if (bodyId == null) {
            return Set.of();
        }
        return callers.rolesOf(AccountCallers.of(authentication), BodyId.of(bodyId), LocalDate.now(clock));
    }

    private boolean servesThrough(Authentication authentication, UUID bodyId) {
        return bodyId != null
                && callers.servesThrough(AccountCallers.of(authentication), BodyId.of(bodyId), LocalDate.now(clock));
    }

    private static boolean has(Authentication authentication, GlobalRole role) {
        return AccountCallers.of(authentication).has(role);
    }

    private static boolean isSignedIn(Authentication authentication) {
        return AccountCallers.of(authentication).signedIn();
    }
}
