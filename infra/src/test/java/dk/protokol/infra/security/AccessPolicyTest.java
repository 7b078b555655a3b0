package dk.protokol.infra.security;

import dk.protokol.command.action.ActionLookup;
import dk.protokol.command.action.KnownAction;
import dk.protokol.command.meeting.KnownReferral;
import dk.protokol.command.meeting.MeetingLookup;
import dk.protokol.command.meeting.ReferralLookup;
import dk.protokol.command.body.KnownBody;
import dk.protokol.command.body.OrganisationLookup;
import dk.protokol.events.caller.CallerAccess;
import dk.protokol.events.caller.GlobalRole;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.ids.ReferralId;
import dk.protokol.events.organisation.MemberRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessPolicyTest {

    static final UUID BODY = UUID.randomUUID();
    static final UUID SECRETARY = UUID.randomUUID();
    static final UUID CHAIR = UUID.randomUUID();
    static final UUID MEETING = UUID.randomUUID();
    static final UUID MEETING_OF_ANOTHER_BODY = UUID.randomUUID();
    static final UUID JOINT_MEETING = UUID.randomUUID();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneId.of("Europe/Copenhagen"));

    /** The command side's memberships in miniature: one body, its secretary and its chair, on the clock's day only. */
    static final OrganisationLookup MEMBERSHIPS = new OrganisationLookup() {
        @Override
        public Optional<KnownBody> body(BodyId id) {
            return Optional.empty();
        }

        @Override
        public boolean personExists(PersonId id) {
            return true;
        }

        @Override
        public Set<BodyId> reportsTo(BodyId body) {
            return Set.of();
        }

        @Override
        public Map<PersonId, MemberRole> membersOn(BodyId body, LocalDate on) {
            if (!body.value().equals(BODY) || !on.equals(LocalDate.of(2026, 3, 1))) {
                return Map.of();
            }
            return Map.of(PersonId.of(SECRETARY), MemberRole.SECRETARY, PersonId.of(CHAIR), MemberRole.CHAIR);
        }
    };

    /** The command side's meeting lookup in miniature: one meeting of the body, one of another body. */
    static final MeetingLookup MEETINGS = new MeetingLookup() {
        @Override
        public List<BodyId> bodiesOf(MeetingId meeting) {
            // another body's meeting that BODY holds jointly with it (a fællesmøde)
            return meeting.value().equals(JOINT_MEETING) ? List.of(BodyId.random(), BodyId.of(BODY))
                    : bodyOf(meeting).map(List::of).orElse(List.of());
        }

        @Override
        public Optional<BodyId> bodyOf(MeetingId meeting) {
            return meeting.value().equals(MEETING) ? Optional.of(BodyId.of(BODY))
                    : meeting.value().equals(MEETING_OF_ANOTHER_BODY) ? Optional.of(BodyId.random())
                    : meeting.value().equals(JOINT_MEETING) ? Optional.of(BodyId.random())
                    : Optional.empty();
        }

        @Override
        public Optional<LocalDate> dayOf(MeetingId meeting) {
            return bodyOf(meeting).map(body -> LocalDate.of(2026, 2, 1));
        }
    };

    static final UUID OWNER = UUID.randomUUID();
    static final UUID ACTION = UUID.randomUUID();
    static final UUID ACTION_OF_ANOTHER_BODY = UUID.randomUUID();

    /** The command side's action lookup in miniature: one action of the body, one of another body, same owner. */
    static final ActionLookup ACTIONS = action -> action.value().equals(ACTION)
            ? Optional.of(new KnownAction(action, BodyId.of(BODY), PersonId.of(OWNER)))
            : action.value().equals(ACTION_OF_ANOTHER_BODY)
            ? Optional.of(new KnownAction(action, BodyId.random(), PersonId.of(OWNER)))
            : Optional.empty();

    static final UUID REFERRAL_TO_BODY = UUID.randomUUID();
    static final UUID REFERRAL_FROM_BODY = UUID.randomUUID();

    /** The command side's referral lookup in miniature: a case referred to the body, and one it referred away. */
    static final ReferralLookup REFERRALS = referral -> referral.value().equals(REFERRAL_TO_BODY)
            ? Optional.of(referral(referral, BodyId.random(), BodyId.of(BODY)))
            : referral.value().equals(REFERRAL_FROM_BODY)
            ? Optional.of(referral(referral, BodyId.of(BODY), BodyId.random()))
            : Optional.empty();

    /** A lookup that knows no body and every person; a test says who sits where (and who serves). */
    abstract static class Memberships implements OrganisationLookup {
        @Override
        public Optional<KnownBody> body(BodyId id) {
            return Optional.empty();
        }

        @Override
        public boolean personExists(PersonId id) {
            return true;
        }

        @Override
        public Set<BodyId> reportsTo(BodyId body) {
            return Set.of();
        }
    }

    final AccessPolicy policy = policy(MEMBERSHIPS);

    @Test
    void onlyAnAdminChangesTheOrganisationAndManagesAccounts() {
        assertThat(policy.canChangeOrganisation(user(null, GlobalRole.ADMIN))).isTrue();
        assertThat(policy.canManageAccounts(user(null, GlobalRole.ADMIN))).isTrue();
        assertThat(policy.canChangeOrganisation(user(null, GlobalRole.EVALUATOR))).isFalse();
        assertThat(policy.canManageAccounts(user(SECRETARY))).isFalse();
    }

    @Test
    void everySignedInUserReadsTheOrganisationButNoAnonymousOne() {
        assertThat(policy.canReadOrganisation(user(null))).isTrue();
        assertThat(policy.canReadOrganisation(anonymous())).isFalse();
        assertThat(policy.canReadOrganisation(null)).isFalse();
    }

    @Test
    void adminsAndEvaluatorsReadEverything() {
        assertThat(policy.canReadEverything(user(null, GlobalRole.EVALUATOR))).isTrue();
        assertThat(policy.canReadEverything(user(null, GlobalRole.ADMIN))).isTrue();
        assertThat(policy.canReadEverything(user(SECRETARY))).isFalse();
    }

    @Test
    void theSecretaryRecordsAndTheChairApprovesForTheirOwnBodyOnly() {
        assertThat(policy.canRecordFor(user(SECRETARY), BODY)).isTrue();
        assertThat(policy.canApproveFor(user(SECRETARY), BODY)).isFalse();
        assertThat(policy.canApproveFor(user(CHAIR), BODY)).isTrue();
        assertThat(policy.canRecordFor(user(CHAIR), BODY)).isFalse();
        assertThat(policy.canRecordFor(user(SECRETARY), UUID.randomUUID())).isFalse();
    }

    @Test
    void theSecretaryRecordsForHerBodysMeetingsAndTheChairApprovesTheirMinutes() {
        assertThat(policy.canRecordForMeeting(user(SECRETARY), MEETING)).isTrue();
        assertThat(policy.canApproveForMeeting(user(SECRETARY), MEETING)).isFalse();
        assertThat(policy.canApproveForMeeting(user(CHAIR), MEETING)).isTrue();
        assertThat(policy.canRecordForMeeting(user(CHAIR), MEETING)).isFalse();
        assertThat(policy.canRecordForMeeting(user(SECRETARY), MEETING_OF_ANOTHER_BODY)).isFalse();
        assertThat(policy.canApproveForMeeting(user(CHAIR), MEETING_OF_ANOTHER_BODY)).isFalse();
    }

    @Test
    void whoRecordsForOrSitsInABodyHoldingAMeetingJointlyRecordsOrApprovesForIt() {
        assertThat(policy.canRecordForMeeting(user(SECRETARY), JOINT_MEETING)).isTrue();
        assertThat(policy.canApproveForMeeting(user(CHAIR), JOINT_MEETING)).isTrue();
        assertThat(policy.canRecordForMeeting(user(CHAIR), JOINT_MEETING)).isFalse();
    }

    @Test
    void aMeetingIsScheduledJointlyOnlyWithBodiesTheCallerRecordsFor() {
        assertThat(policy.canRecordForEach(user(SECRETARY), List.of(BODY))).isTrue();
        assertThat(policy.canRecordForEach(user(SECRETARY), List.of(BODY, UUID.randomUUID()))).isFalse();
        assertThat(policy.canRecordForEach(user(SECRETARY), null)).isTrue();
        assertThat(policy.canRecordForEach(user(CHAIR), List.of(BODY))).isFalse();
        assertThat(policy.canRecordForEach(user(null, GlobalRole.ADMIN), List.of(UUID.randomUUID()))).isTrue();
    }

    @Test
    void anUnknownMeetingBelongsToNoBody() {
        assertThat(policy.canRecordForMeeting(user(SECRETARY), UUID.randomUUID())).isFalse();
        assertThat(policy.canApproveForMeeting(user(CHAIR), UUID.randomUUID())).isFalse();
        assertThat(policy.canRecordForMeeting(user(SECRETARY), null)).isFalse();
    }

    @Test
    void anAdminRecordsForEveryBodyAndMeetingButApprovesNothing() {
        assertThat(policy.canRecordFor(user(null, GlobalRole.ADMIN), BODY)).isTrue();
        assertThat(policy.canRecordFor(user(null, GlobalRole.ADMIN), null)).isTrue();
        assertThat(policy.canRecordForMeeting(user(null, GlobalRole.ADMIN), MEETING)).isTrue();
        assertThat(policy.canRecordForMeeting(user(null, GlobalRole.ADMIN), UUID.randomUUID()))
                .as("the command answers 404 for a meeting that does not exist").isTrue();
        assertThat(policy.canApproveForMeeting(user(null, GlobalRole.ADMIN), MEETING)).isFalse();
        assertThat(policy.canRecordForMeeting(user(null, GlobalRole.EVALUATOR), MEETING)).isFalse();
    }

    @Test
    void nobodyRecordsAnonymously() {
        assertThat(policy.canRecordFor(anonymous(), BODY)).isFalse();
        assertThat(policy.canRecordForMeeting(anonymous(), MEETING)).isFalse();
        assertThat(policy.canApproveForMeeting(null, MEETING)).isFalse();
    }

    @Test
    void anAccountWithoutAPersonHasNoRoleInAnyBody() {
        assertThat(policy.canRecordFor(user(null, GlobalRole.EVALUATOR), BODY)).isFalse();
        assertThat(policy.canApproveFor(user(null, GlobalRole.ADMIN), BODY)).isFalse();
        assertThat(policy.canReadBody(user(null), BODY)).isFalse();
        assertThat(policy.canReadBody(user(null, GlobalRole.EVALUATOR), BODY)).isTrue();
        assertThat(policy.canReadBody(user(SECRETARY), BODY)).isTrue();
    }

    @Test
    void theOwnerReportsProgressOnAndCompletesTheirOwnActionButDoesNothingElse() {
        assertThat(policy.canWorkOnAction(user(OWNER), ACTION, "PROGRESS")).isTrue();
        assertThat(policy.canWorkOnAction(user(OWNER), ACTION, "COMPLETE")).isTrue();
        for (String what : List.of("REASSIGN", "DUE_DATE", "CANCEL", "REOPEN")) {
            assertThat(policy.canWorkOnAction(user(OWNER), ACTION, what)).as(what).isFalse();
        }
        assertThat(policy.canWorkOnAction(user(OWNER), ACTION_OF_ANOTHER_BODY, "COMPLETE"))
                .as("an owner in no role of the body still completes their own action").isTrue();
    }

    @Test
    void nobodyCompletesSomeoneElsesActionWithoutARoleInItsBody() {
        UUID member = UUID.randomUUID();
        assertThat(policy.canWorkOnAction(user(member), ACTION, "COMPLETE")).isFalse();
        assertThat(policy.canWorkOnAction(user(member), ACTION, "PROGRESS")).isFalse();
        assertThat(policy.canWorkOnAction(user(null), ACTION, "COMPLETE")).isFalse();
        assertThat(policy.canWorkOnAction(anonymous(), ACTION, "PROGRESS")).isFalse();
    }

    @Test
    void theSecretaryTheChairAndAnAdminDoEverythingWithTheBodysActions() {
        for (String what : List.of("PROGRESS", "REASSIGN", "DUE_DATE", "COMPLETE", "CANCEL", "REOPEN")) {
            assertThat(policy.canWorkOnAction(user(SECRETARY), ACTION, what)).as(what).isTrue();
            assertThat(policy.canWorkOnAction(user(CHAIR), ACTION, what)).as(what).isTrue();
            assertThat(policy.canWorkOnAction(user(null, GlobalRole.ADMIN), ACTION, what)).as(what).isTrue();
            assertThat(policy.canWorkOnAction(user(SECRETARY), ACTION_OF_ANOTHER_BODY, what)).as(what).isFalse();
            assertThat(policy.canWorkOnAction(user(null, GlobalRole.EVALUATOR), ACTION, what)).as(what).isFalse();
        }
    }

    @Test
    void anUnknownActionHasNoBodyAndNoOwner() {
        assertThat(policy.canWorkOnAction(user(SECRETARY), UUID.randomUUID(), "PROGRESS")).isFalse();
        assertThat(policy.canWorkOnAction(user(OWNER), null, "PROGRESS")).isFalse();
        assertThat(policy.canWorkOnAction(user(null, GlobalRole.ADMIN), UUID.randomUUID(), "COMPLETE"))
                .as("the command answers 404 for an action that does not exist").isTrue();
    }

    @Test
    void aMisspelledKindOfWorkIsAProgrammingError() {
        assertThatThrownBy(() -> policy.canWorkOnAction(user(SECRETARY), ACTION, "FINISH"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTargetBodysSecretaryOrAnAdminAcceptsAReferredCase() {
        assertThat(policy.canAcceptReferral(user(SECRETARY), REFERRAL_TO_BODY)).isTrue();
        assertThat(policy.canAcceptReferral(user(CHAIR), REFERRAL_TO_BODY)).isFalse();
        assertThat(policy.canAcceptReferral(user(SECRETARY), REFERRAL_FROM_BODY))
                .as("the referring body's secretary does not accept its own referral").isFalse();
        assertThat(policy.canAcceptReferral(user(SECRETARY), UUID.randomUUID())).isFalse();
        assertThat(policy.canAcceptReferral(user(null, GlobalRole.ADMIN), REFERRAL_FROM_BODY)).isTrue();
        assertThat(policy.canAcceptReferral(anonymous(), REFERRAL_TO_BODY)).isFalse();
    }

    @Test
    void thePeopleOfTheSecretariatServingTheBodyFollowUpItsActionsAndReadIt() {
        UUID officer = UUID.randomUUID();
        UUID secretariat = UUID.randomUUID();
        AccessPolicy serving = policy(new Memberships() {
            @Override
            public Set<BodyId> servedBy(BodyId body) {
                return body.value().equals(BODY) ? Set.of(BodyId.of(secretariat)) : Set.of();
            }

            @Override
            public Map<PersonId, MemberRole> membersOn(BodyId body, LocalDate on) {
                return body.value().equals(secretariat) ? Map.of(PersonId.of(officer), MemberRole.MEMBER) : Map.of();
            }
        });

        for (String work : new String[]{"PROGRESS", "REASSIGN", "DUE_DATE", "COMPLETE", "CANCEL", "REOPEN"}) {
            assertThat(serving.canWorkOnAction(user(officer), ACTION, work)).as(work).isTrue();
            assertThat(serving.canWorkOnAction(user(officer), ACTION_OF_ANOTHER_BODY, work)).as(work).isFalse();
        }
        assertThat(serving.canReadBody(user(officer), BODY)).isTrue();
    }

    @Test
    void aViceChairASubstituteAndAnObserverReadTheBodyButNeitherRecordNorApprove() {
        UUID member = UUID.randomUUID();
        for (MemberRole role : new MemberRole[]{MemberRole.VICE_CHAIR, MemberRole.MEMBER, MemberRole.SUBSTITUTE,
                MemberRole.OBSERVER}) {
            AccessPolicy withRole = policy(new Memberships() {
                @Override
                public Map<PersonId, MemberRole> membersOn(BodyId body, LocalDate on) {
                    return body.value().equals(BODY) ? Map.of(PersonId.of(member), role) : Map.of();
                }
            });

            assertThat(withRole.canReadBody(user(member), BODY)).as(role.name()).isTrue();
            assertThat(withRole.canRecordFor(user(member), BODY)).as(role.name()).isFalse();
            assertThat(withRole.canApproveFor(user(member), BODY)).as(role.name()).isFalse();
            assertThat(withRole.canWorkOnAction(user(member), ACTION, "REASSIGN")).as(role.name()).isFalse();
            // a meeting's minutes: any voting member may ask; the meeting's rules say which of them approves
            // (the chair if present, else the chair for the day or the vice-chair), see ChairOfTheDayTest
            assertThat(withRole.canApproveForMeeting(user(member), MEETING)).as(role.name())
                    .isEqualTo(role == MemberRole.VICE_CHAIR || role == MemberRole.MEMBER);
        }
    }

    @Test
    void theAccessPortAsksTheSameQuestionsAboutTheCurrentCaller() {
        try {
            SecurityContextHolder.getContext().setAuthentication(user(SECRETARY));
            CallerAccess access = policy;
            assertThat(access.canRecordFor(BodyId.of(BODY))).isTrue();
            assertThat(access.canRecordFor(BodyId.random())).isFalse();
            assertThat(access.canRecordForMeeting(MeetingId.of(MEETING))).isTrue();
            assertThat(access.canRecordForMeeting(MeetingId.of(MEETING_OF_ANOTHER_BODY))).isFalse();
            assertThat(access.canRecordFor(null)).as("no body, no").isFalse();

            SecurityContextHolder.getContext().setAuthentication(user(CHAIR));
            assertThat(access.canRecordForMeeting(MeetingId.of(MEETING))).isFalse();

            SecurityContextHolder.getContext().setAuthentication(user(null, GlobalRole.ADMIN));
            assertThat(access.canRecordFor(BodyId.random())).isTrue();
            assertThat(access.canRecordFor(null)).as("no body, no: even for an administrator").isFalse();

            SecurityContextHolder.clearContext();
            assertThat(access.canRecordFor(BodyId.of(BODY))).isFalse();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void withoutARolesSourceEveryPerBodyCheckRefuses() {
        DefaultListableBeanFactory empty = new DefaultListableBeanFactory();
        AccessPolicy withoutReadModel = new AccessPolicy(
                new AccountCallers(empty.getBeanProvider(OrganisationLookup.class)),
                empty.getBeanProvider(MeetingLookup.class), empty.getBeanProvider(ActionLookup.class),
                empty.getBeanProvider(ReferralLookup.class), CLOCK);

        assertThat(withoutReadModel.canRecordFor(user(SECRETARY), BODY)).isFalse();
        assertThat(withoutReadModel.canApproveFor(user(CHAIR), BODY)).isFalse();
        assertThat(withoutReadModel.canRecordForMeeting(user(SECRETARY), MEETING)).isFalse();
        assertThat(withoutReadModel.canWorkOnAction(user(OWNER), ACTION, "COMPLETE")).isFalse();
        assertThat(withoutReadModel.canAcceptReferral(user(SECRETARY), REFERRAL_TO_BODY)).isFalse();
    }

    static AccessPolicy policy(OrganisationLookup memberships) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("organisationLookup", memberships);
        beans.registerSingleton("meetingLookup", MEETINGS);
        beans.registerSingleton("actionLookup", ACTIONS);
        beans.registerSingleton("referralLookup", REFERRALS);
        return new AccessPolicy(new AccountCallers(beans.getBeanProvider(OrganisationLookup.class)),
                beans.getBeanProvider(MeetingLookup.class), beans.getBeanProvider(ActionLookup.class),
                beans.getBeanProvider(ReferralLookup.class), CLOCK);
    }

    private static KnownReferral referral(ReferralId id, BodyId from, BodyId target) {
        return new KnownReferral(id, from, MeetingId.random(), AgendaItemId.random(), "Handleplan 2027",
                "Til beslutning", target, null, null);
    }

    private static Authentication user(UUID person, GlobalRole... roles) {
        AccountPrincipal principal = new AccountPrincipal(UUID.randomUUID(), "u", "{noop}x", person,
                List.of(roles), true);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    private static Authentication anonymous() {
        return new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
    }
}
