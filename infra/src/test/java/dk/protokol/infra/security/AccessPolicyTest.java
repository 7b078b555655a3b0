package dk.protokol.infra.security;

import dk.protokol.command.common.MeetingLookup;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AccessPolicyTest {

    static final UUID BODY = UUID.randomUUID();
    static final UUID SECRETARY = UUID.randomUUID();
    static final UUID CHAIR = UUID.randomUUID();
    static final UUID MEETING = UUID.randomUUID();
    static final UUID MEETING_OF_ANOTHER_BODY = UUID.randomUUID();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneId.of("Europe/Copenhagen"));

    /** The read model's answer in miniature: one body, its secretary and its chair, on the clock's day only. */
    static final BodyRoles ROLES = (person, body, on) -> {
        if (!body.equals(BODY) || !on.equals(LocalDate.of(2026, 3, 1))) {
            return Set.of();
        }
        return person.equals(SECRETARY) ? Set.of(BodyRoles.SECRETARY, BodyRoles.MEMBER)
                : person.equals(CHAIR) ? Set.of(BodyRoles.CHAIR, BodyRoles.MEMBER)
                : Set.of();
    };

    /** The command side's meeting lookup in miniature: one meeting of the body, one of another body. */
    static final MeetingLookup MEETINGS = new MeetingLookup() {
        @Override
        public Optional<BodyId> bodyOf(MeetingId meeting) {
            return meeting.value().equals(MEETING) ? Optional.of(BodyId.of(BODY))
                    : meeting.value().equals(MEETING_OF_ANOTHER_BODY) ? Optional.of(BodyId.random())
                    : Optional.empty();
        }

        @Override
        public Optional<LocalDate> dayOf(MeetingId meeting) {
            return bodyOf(meeting).map(body -> LocalDate.of(2026, 2, 1));
        }
    };

    final AccessPolicy policy = policy(ROLES);

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
    void withoutARolesSourceEveryPerBodyCheckRefuses() {
        DefaultListableBeanFactory empty = new DefaultListableBeanFactory();
        AccessPolicy withoutReadModel = new AccessPolicy(empty.getBeanProvider(BodyRoles.class),
                empty.getBeanProvider(MeetingLookup.class), CLOCK);

        assertThat(withoutReadModel.canRecordFor(user(SECRETARY), BODY)).isFalse();
        assertThat(withoutReadModel.canApproveFor(user(CHAIR), BODY)).isFalse();
        assertThat(withoutReadModel.canRecordForMeeting(user(SECRETARY), MEETING)).isFalse();
    }

    private static AccessPolicy policy(BodyRoles roles) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("bodyRoles", roles);
        beans.registerSingleton("meetingLookup", MEETINGS);
        return new AccessPolicy(beans.getBeanProvider(BodyRoles.class), beans.getBeanProvider(MeetingLookup.class),
                CLOCK);
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
