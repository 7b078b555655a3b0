package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.AddAgendaItem;
import dk.protokol.events.command.meeting.OpenMeeting;
import dk.protokol.events.command.meeting.PublishAgenda;
import dk.protokol.events.command.meeting.RecordAttendance;
import dk.protokol.events.command.meeting.RecordDecision;
import dk.protokol.events.command.meeting.AddJointBody;
import dk.protokol.events.command.meeting.RescheduleMeeting;
import dk.protokol.events.command.meeting.WithdrawJointBody;
import dk.protokol.events.command.meeting.ScheduleMeeting;
import dk.protokol.events.command.body.AppointMember;
import dk.protokol.events.command.body.ChangeMemberRole;
import dk.protokol.events.command.body.DissolveBody;
import dk.protokol.events.command.body.EndMembership;
import dk.protokol.events.command.body.EstablishBody;
import dk.protokol.command.common.AxonOnH2;
import dk.protokol.command.body.JdbcOrganisationLookup;
import dk.protokol.command.body.KnownBody;
import dk.protokol.command.body.OrgLookupRebuilder;
import dk.protokol.command.body.OrgLookupUpdater;
import dk.protokol.events.command.RuleViolation;
import dk.protokol.events.command.person.RegisterPerson;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.AttendanceStatus;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.MemberRole;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The membership, quorum and meeting lookups against infra's real migrations on H2 in PostgreSQL mode, with
 * Axon wired as in the application ({@link AxonOnH2}): JDBC event store, Spring transactions, "org-lookup"
 * subscribing. The organisation is built through the Body and Person aggregates'
 * own commands, so the Meeting's rules read what those commands wrote.
 */
class MeetingLookupTransactionTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final LocalDate NEW_TERM = LocalDate.of(2026, 1, 1);
    private static final LocalDateTime MEETING_START = LocalDateTime.of(2026, 3, 10, 14, 0);

    private AxonOnH2 system;
    private JdbcTemplate jdbc;
    private JdbcOrganisationLookup organisation;
    private JdbcMeetingLookup meetings;
    private CommandGateway commands;

    @BeforeEach
    void startAxon() throws ClassNotFoundException {
        system = new AxonOnH2(Clock.systemDefaultZone());
        jdbc = system.jdbc;
        organisation = system.organisation;
        meetings = system.meetings;
        commands = system.commands;
    }

    @AfterEach
    void stopAxon() {
        system.close();
    }

    @Test
    void membershipsFollowAppointmentsRoleChangesAndEndings() {
        BodyId bps = establish(6);
        PersonId mayor = person();
        PersonId formerMayor = person();
        commands.sendAndWait(new AppointMember(bps, formerMayor, MemberRole.CHAIR, null, START));
        commands.sendAndWait(new EndMembership(bps, formerMayor, NEW_TERM.minusDays(1), "Ny byrådsperiode"));
        commands.sendAndWait(new AppointMember(bps, mayor, MemberRole.MEMBER, null, START));
        commands.sendAndWait(new ChangeMemberRole(bps, mayor, MemberRole.CHAIR, NEW_TERM));

        assertThat(organisation.body(bps)).map(KnownBody::quorum).contains(6);
        assertThat(organisation.membersOn(bps, NEW_TERM.minusDays(1)))
                .isEqualTo(Map.of(formerMayor, MemberRole.CHAIR, mayor, MemberRole.MEMBER));
        assertThat(organisation.membersOn(bps, NEW_TERM)).isEqualTo(Map.of(mayor, MemberRole.CHAIR));
        assertThat(organisation.roleOn(bps, mayor, START.minusDays(1))).isEmpty();
        assertThat(organisation.roleOn(bps, formerMayor, NEW_TERM)).isEmpty();
    }

    @Test
    void aRoleChangeOfAMembershipWithAnEndKeepsTheEnd() {
        BodyId bps = establish(null);
        PersonId member = person();
        commands.sendAndWait(new AppointMember(bps, member, MemberRole.MEMBER, null, START));
        commands.sendAndWait(new EndMembership(bps, member, LocalDate.of(2026, 12, 31), null));
        commands.sendAndWait(new ChangeMemberRole(bps, member, MemberRole.VICE_CHAIR, NEW_TERM));

        assertThat(organisation.roleOn(bps, member, NEW_TERM.minusDays(1))).contains(MemberRole.MEMBER);
        assertThat(organisation.roleOn(bps, member, LocalDate.of(2026, 12, 31))).contains(MemberRole.VICE_CHAIR);
        assertThat(organisation.roleOn(bps, member, LocalDate.of(2027, 1, 1))).isEmpty();
        assertThat(organisation.body(bps)).map(KnownBody::quorum).isEmpty();
    }

    @Test
    void aMemberMaySitAgainAfterAnEarlierMembership() {
        BodyId bps = establish(null);
        PersonId member = person();
        commands.sendAndWait(new AppointMember(bps, member, MemberRole.MEMBER, null, START));
        commands.sendAndWait(new EndMembership(bps, member, LocalDate.of(2025, 6, 30), null));
        commands.sendAndWait(new AppointMember(bps, member, MemberRole.SUBSTITUTE, null, NEW_TERM));

        assertThat(organisation.roleOn(bps, member, LocalDate.of(2025, 3, 1))).contains(MemberRole.MEMBER);
        assertThat(organisation.roleOn(bps, member, LocalDate.of(2025, 9, 1))).isEmpty();
        assertThat(organisation.roleOn(bps, member, NEW_TERM)).contains(MemberRole.SUBSTITUTE);
    }

    @Test
    void theMeetingRulesReadTheMembershipsAndTheQuorumTheOrganisationWrote() {
        BodyId bps = establish(3);
        PersonId chair = person();
        PersonId member = person();
        PersonId observer = person();
        commands.sendAndWait(new AppointMember(bps, chair, MemberRole.CHAIR, null, START));
        commands.sendAndWait(new AppointMember(bps, member, MemberRole.MEMBER, null, START));
        commands.sendAndWait(new AppointMember(bps, observer, MemberRole.OBSERVER, null, START));
        MeetingId meeting = schedule(bps);
        AgendaItemId plan = AgendaItemId.random();
        commands.sendAndWait(new AddAgendaItem(meeting, plan, "Handleplan", AgendaItemKind.DECISION, null, null));
        commands.sendAndWait(new PublishAgenda(meeting));
        commands.sendAndWait(new OpenMeeting(meeting));
        for (PersonId present : new PersonId[]{chair, member, observer}) {
            commands.sendAndWait(new RecordAttendance(meeting, present, AttendanceStatus.PRESENT, null, null, null,
                    null));
        }

        assertThatThrownBy(() -> commands.sendAndWait(new RecordDecision(meeting, plan, DecisionId.random(),
                "Godkendt", DecisionOutcome.ADOPTED, null, null, null, null)))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).rule()).isEqualTo("QuorumRequired"));

        PersonId newMember = person();
        commands.sendAndWait(new AppointMember(bps, newMember, MemberRole.MEMBER, null, START));
        commands.sendAndWait(new RecordAttendance(meeting, newMember, AttendanceStatus.PRESENT, null, null, null,
                null));
        commands.sendAndWait(new RecordDecision(meeting, plan, DecisionId.random(), "Godkendt",
                DecisionOutcome.ADOPTED, null, null, null, null));
    }

    @Test
    void aScheduledMeetingIsKnownWithItsBody() {
        BodyId bps = establish(null);
        MeetingId meeting = schedule(bps);

        assertThat(meetings.bodyOf(meeting)).contains(bps);
        assertThat(meetings.dayOf(meeting)).contains(MEETING_START.toLocalDate());
        assertThat(meetings.bodyOf(MeetingId.random())).isEmpty();
        assertThat(meetings.dayOf(MeetingId.random())).isEmpty();
    }

    @Test
    void theBodiesHoldingAJointMeetingAreKnownInTheOrderTheyWereAdded() {
        BodyId bps = establish(null);
        BodyId network = establish(null);
        BodyId forum = establish(null);
        MeetingId meeting = schedule(bps);
        commands.sendAndWait(new AddJointBody(meeting, network));
        commands.sendAndWait(new AddJointBody(meeting, forum));

        assertThat(meetings.bodiesOf(meeting)).containsExactly(bps, network, forum);
        assertThat(meetings.bodyOf(meeting)).contains(bps);

        commands.sendAndWait(new WithdrawJointBody(meeting, network));
        assertThat(meetings.bodiesOf(meeting)).containsExactly(bps, forum);
        assertThat(meetings.bodiesOf(MeetingId.random())).isEmpty();
    }

    @Test
    void aRescheduledMeetingIsKnownOnItsNewDay() {
        MeetingId meeting = schedule(establish(null));
        LocalDateTime later = MEETING_START.plusDays(7);
        commands.sendAndWait(new RescheduleMeeting(meeting, later, later.plusHours(2), "Rådhuset"));

        assertThat(meetings.dayOf(meeting)).contains(later.toLocalDate());
    }

    @Test
    void aMeetingWhoseLookupUpdateFailsIsNotScheduled() {
        BodyId bps = establish(null);
        MeetingId meeting = MeetingId.random();
        jdbc.update("INSERT INTO cmd_meeting_lookup (meeting_id, body_id) VALUES (?, ?)", meeting.value(),
                UUID.randomUUID());

        assertThatThrownBy(() -> commands.sendAndWait(scheduleCommand(meeting, bps)))
                .isInstanceOf(DuplicateKeyException.class);

        assertThat(system.eventsOf(meeting)).isZero();
    }

    @Test
    void aDissolvedBodyIsNotScheduledThroughTheLookup() {
        BodyId group = establish(null);
        commands.sendAndWait(new DissolveBody(group, LocalDate.of(2025, 6, 30), "Nedlagt"));

        assertThatThrownBy(() -> schedule(group))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).rule()).isEqualTo("NoMeetingsOfADissolvedBody"));
    }

    @Test
    void emptiedLookupsAreRebuiltWithMembershipsQuorumsAndMeetings() {
        BodyId bps = establish(4);
        PersonId mayor = person();
        commands.sendAndWait(new AppointMember(bps, mayor, MemberRole.MEMBER, null, START));
        commands.sendAndWait(new ChangeMemberRole(bps, mayor, MemberRole.CHAIR, NEW_TERM));
        MeetingId meeting = schedule(bps);
        BodyId network = establish(null);
        commands.sendAndWait(new AddJointBody(meeting, network));
        for (String table : new String[]{"cmd_member_role", "cmd_meeting_lookup", "cmd_meeting_joint_body",
                "cmd_body_relation", "cmd_body_lookup", "cmd_person_lookup"}) {
            jdbc.update("DELETE FROM " + table);
        }
        OrgLookupRebuilder rebuilder = new OrgLookupRebuilder(system.axon.eventStore(), organisation,
                List.of(new OrgLookupUpdater(organisation), new MeetingLookupUpdater(meetings)),
                system.transactions);

        assertThat(rebuilder.rebuildIfEmpty()).isTrue();
        assertThat(organisation.body(bps)).map(KnownBody::quorum).contains(4);
        assertThat(organisation.roleOn(bps, mayor, NEW_TERM)).contains(MemberRole.CHAIR);
        assertThat(organisation.roleOn(bps, mayor, START)).contains(MemberRole.MEMBER);
        assertThat(meetings.bodyOf(meeting)).contains(bps);
        assertThat(meetings.bodiesOf(meeting)).containsExactly(bps, network);
        assertThat(meetings.dayOf(meeting)).contains(MEETING_START.toLocalDate());
    }

    private BodyId establish(Integer quorum) {
        BodyId id = BodyId.random();
        commands.sendAndWait(new EstablishBody(id, "Organ " + id, BodyKind.STEERING_GROUP, "BolivVejle", null, null,
                4, quorum, START));
        return id;
    }

    private PersonId person() {
        PersonId id = PersonId.random();
        commands.sendAndWait(new RegisterPerson(id, "Person " + id, null, null, null));
        return id;
    }

    private MeetingId schedule(BodyId body) {
        MeetingId id = MeetingId.random();
        commands.sendAndWait(scheduleCommand(id, body));
        return id;
    }

    private static ScheduleMeeting scheduleCommand(MeetingId id, BodyId body) {
        return new ScheduleMeeting(id, body, MEETING_START, MEETING_START.plusHours(2), "Rådhuset");
    }
}
