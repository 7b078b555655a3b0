package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.AcceptReferredCase;
import dk.protokol.events.command.meeting.AddAgendaItem;
import dk.protokol.events.command.meeting.AmendAgendaItem;
import dk.protokol.events.command.meeting.CancelMeeting;
import dk.protokol.events.command.meeting.OpenMeeting;
import dk.protokol.events.command.meeting.PublishAgenda;
import dk.protokol.events.command.meeting.ReferCase;
import dk.protokol.events.command.meeting.ScheduleMeeting;
import dk.protokol.events.command.meeting.WithdrawAgendaItem;
import dk.protokol.events.command.body.EstablishBody;
import dk.protokol.command.common.AxonOnH2;
import dk.protokol.events.command.RuleViolation;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.ReferralId;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.organisation.BodyKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The referral lookup against infra's real migrations on H2, written by the Meeting's own events: FKU refers its
 * budget item to BPS, and BPS takes the case onto one of its meetings, once.
 */
class ReferralLookupTransactionTest {

    private static final LocalDate ESTABLISHED = LocalDate.of(2025, 1, 1);
    private static final LocalDateTime FKU_START = LocalDateTime.of(2026, 2, 17, 10, 0);
    private static final LocalDateTime BPS_START = LocalDateTime.of(2026, 3, 10, 14, 0);

    /** What the Meeting sees; a test may make it stale to act out another node accepting the case at once. */
    private ReferralLookup seenByMeetings;
    private AxonOnH2 system;
    private BodyId fku;
    private BodyId bps;
    private MeetingId fkuMeeting;
    private AgendaItemId budget;
    private ReferralId referral;

    @BeforeEach
    void fkuRefersItsBudgetToBps() throws ClassNotFoundException {
        system = new AxonOnH2(Clock.systemDefaultZone(), id -> seenByMeetings.referral(id));
        seenByMeetings = system.referrals;
        fku = body("Forum for Koordination og Udvikling");
        bps = body("Boligpolitisk Styregruppe");
        fkuMeeting = meeting(fku, FKU_START);
        budget = AgendaItemId.random();
        system.commands.sendAndWait(new AddAgendaItem(fkuMeeting, budget, "Budget", AgendaItemKind.DISCUSSION, null,
                null));
        system.commands.sendAndWait(new AmendAgendaItem(fkuMeeting, budget, "Budget for helhedsplanen", null, null));
        system.commands.sendAndWait(new PublishAgenda(fkuMeeting));
        system.commands.sendAndWait(new OpenMeeting(fkuMeeting));
        referral = ReferralId.random();
        system.commands.sendAndWait(new ReferCase(fkuMeeting, budget, referral, bps, "BPS bedes godkende budgettet."));
    }

    @AfterEach
    void stop() {
        system.close();
    }

    @Test
    void theReferralIsKnownWithItsOriginAndTheItemsLatestTitle() {
        assertThat(system.referrals.referral(referral)).contains(new KnownReferral(referral, fku, fkuMeeting, budget,
                "Budget for helhedsplanen", "BPS bedes godkende budgettet.", bps, null, null));
        assertThat(system.referrals.referral(ReferralId.random())).isEmpty();
    }

    @Test
    void theTargetBodyTakesTheCaseOntoOneMeetingOnce() {
        MeetingId first = meeting(bps, BPS_START);
        MeetingId second = meeting(bps, BPS_START.plusMonths(3));
        AgendaItemId item = AgendaItemId.random();

        system.commands.sendAndWait(new AcceptReferredCase(first, item, referral, null, null));

        assertThat(system.payloadTypesOf(first)).endsWith("AgendaItemAdded", "ReferredCaseAccepted");
        assertThat(system.referrals.referral(referral)).map(KnownReferral::acceptedAtMeetingId).contains(first);
        assertThatThrownBy(() -> system.commands.sendAndWait(
                new AcceptReferredCase(second, AgendaItemId.random(), referral, null, null)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("mødet den 10. marts 2026")
                .satisfies(e -> assertThat(((RuleViolation) e).rule()).isEqualTo("ReferralAcceptedOnlyOnce"));
    }

    @Test
    void aCaseWaitsAgainWhenItsItemIsWithdrawnOrItsMeetingCancelled() {
        MeetingId first = meeting(bps, BPS_START);
        AgendaItemId item = AgendaItemId.random();
        system.commands.sendAndWait(new AcceptReferredCase(first, item, referral, null, null));
        system.commands.sendAndWait(new WithdrawAgendaItem(first, item, "Udskudt"));
        assertThat(system.referrals.referral(referral)).map(KnownReferral::isAccepted).contains(false);

        MeetingId second = meeting(bps, BPS_START.plusMonths(3));
        system.commands.sendAndWait(new AcceptReferredCase(second, AgendaItemId.random(), referral, null, null));
        system.commands.sendAndWait(new CancelMeeting(second, "Aflyst"));
        assertThat(system.referrals.referral(referral)).map(KnownReferral::isAccepted).contains(false);

        MeetingId third = meeting(bps, BPS_START.plusMonths(4));
        system.commands.sendAndWait(new AcceptReferredCase(third, AgendaItemId.random(), referral, null, null));
        assertThat(system.referrals.referral(referral)).map(KnownReferral::acceptedAtMeetingId).contains(third);
    }

    @Test
    void aCaseAcceptedAtTheSameTimeByAnotherMeetingIsRefusedAtCommit() {
        MeetingId first = meeting(bps, BPS_START);
        MeetingId second = meeting(bps, BPS_START.plusMonths(3));
        system.commands.sendAndWait(new AcceptReferredCase(first, AgendaItemId.random(), referral, null, null));
        int secondsEvents = system.eventsOf(second);
        // the second meeting decides on a lookup that has not yet seen the first acceptance (another node's commit)
        KnownReferral waiting = system.referrals.referral(referral).orElseThrow();
        seenByMeetings = id -> Optional.of(new KnownReferral(waiting.id(), waiting.fromBodyId(),
                waiting.fromMeetingId(), waiting.fromItemId(), waiting.fromItemTitle(), waiting.note(),
                waiting.targetBodyId(), null, null));

        assertThatThrownBy(() -> system.commands.sendAndWait(
                new AcceptReferredCase(second, AgendaItemId.random(), referral, null, null)))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).rule()).isEqualTo("ReferralAcceptedOnlyOnce"));

        assertThat(system.eventsOf(second)).isEqualTo(secondsEvents);
        assertThat(system.referrals.referral(referral)).map(KnownReferral::acceptedAtMeetingId).contains(first);
    }

    @Test
    void emptiedLookupsAreRebuiltWithReferralsAndTitles() {
        MeetingId first = meeting(bps, BPS_START);
        AgendaItemId item = AgendaItemId.random();
        system.commands.sendAndWait(new AcceptReferredCase(first, item, referral, null, null));
        KnownReferral before = system.referrals.referral(referral).orElseThrow();
        for (String table : new String[]{"cmd_agenda_item_lookup", "cmd_referral_lookup", "cmd_member_role",
                "cmd_meeting_lookup", "cmd_body_relation", "cmd_body_lookup", "cmd_person_lookup"}) {
            system.jdbc.update("DELETE FROM " + table);
        }

        assertThat(system.rebuilder().rebuildIfEmpty()).isTrue();
        assertThat(system.referrals.referral(referral)).contains(before);
        assertThat(before.acceptedAsItemId()).isEqualTo(item);
    }

    private BodyId body(String name) {
        BodyId id = BodyId.random();
        system.commands.sendAndWait(new EstablishBody(id, name, BodyKind.STEERING_GROUP, "BolivVejle", null, null, 4,
                null, ESTABLISHED));
        return id;
    }

    private MeetingId meeting(BodyId body, LocalDateTime start) {
        MeetingId id = MeetingId.random();
        system.commands.sendAndWait(new ScheduleMeeting(id, body, start, start.plusHours(2), "Vejle Rådhus"));
        return id;
    }
}
