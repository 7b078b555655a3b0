package dk.protokol.query.actions;

import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.ids.ReferralId;
import dk.protokol.events.meeting.ActionAgreed;
import dk.protokol.events.meeting.AgendaItemAdded;
import dk.protokol.events.meeting.AgendaItemAmended;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.AgendaItemWithdrawn;
import dk.protokol.events.meeting.AgendaPublished;
import dk.protokol.events.meeting.AttendanceRecorded;
import dk.protokol.events.meeting.AttendanceStatus;
import dk.protokol.events.meeting.CaseReferred;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.events.meeting.DecisionRecorded;
import dk.protokol.events.meeting.ItemNotesRecorded;
import dk.protokol.events.meeting.MeetingCancelled;
import dk.protokol.events.meeting.MeetingClosed;
import dk.protokol.events.meeting.MeetingEvent;
import dk.protokol.events.meeting.MeetingOpened;
import dk.protokol.events.meeting.MeetingRescheduled;
import dk.protokol.events.meeting.MeetingScheduled;
import dk.protokol.events.meeting.MinutesApproved;
import dk.protokol.events.meeting.MinutesCirculated;
import dk.protokol.events.meeting.ReferredCaseAccepted;
import dk.protokol.query.actions.MeetingDigest.MeetingProgress;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The meeting digest: what follow-up keeps of a meeting. */
class MeetingDigestFoldTest {

    static final MeetingId MEETING = MeetingId.of("00000000-0000-0000-0000-0000000000e1");
    static final BodyId FKU = BodyId.of("00000000-0000-0000-0000-0000000000b2");
    static final BodyId BPS = BodyId.of("00000000-0000-0000-0000-0000000000b1");
    static final AgendaItemId ITEM = AgendaItemId.of("00000000-0000-0000-0000-0000000000d1");
    static final AgendaItemId OTHER = AgendaItemId.of("00000000-0000-0000-0000-0000000000d2");
    static final PersonId ANNA = PersonId.of("00000000-0000-0000-0000-0000000000a5");
    static final PersonId FINN = PersonId.of("00000000-0000-0000-0000-0000000000a6");
    static final LocalDateTime START = LocalDateTime.of(2024, 3, 5, 14, 0);

    private static MeetingDigest fold(MeetingEvent... events) {
        MeetingDigest state = null;
        for (MeetingEvent event : events) {
            state = MeetingDigestFold.apply(state, event);
        }
        return state;
    }

    private static final MeetingScheduled SCHEDULED = new MeetingScheduled(MEETING, FKU, START,
            START.plusHours(2), "Rådhuset");
    private static final AgendaItemAdded ADDED = new AgendaItemAdded(MEETING, ITEM, "Budget",
            AgendaItemKind.DECISION, null, null, false);

    @Test
    void aScheduledMeetingHasItsBodyTimeAndPlace() {
        MeetingDigest digest = fold(SCHEDULED, new AgendaPublished(MEETING));

        assertThat(digest.bodyId()).isEqualTo(FKU);
        assertThat(digest.start()).isEqualTo(START);
        assertThat(digest.location()).isEqualTo("Rådhuset");
        assertThat(digest.progress()).isEqualTo(MeetingProgress.SCHEDULED);
        assertThat(digest.held()).isFalse();
    }

    @Test
    void aMovedMeetingTakesItsNewTime() {
        MeetingDigest digest = fold(SCHEDULED, new MeetingRescheduled(MEETING, START.plusDays(7),
                START.plusDays(7).plusHours(2), "Biblioteket"));
        assertThat(digest.start()).isEqualTo(START.plusDays(7));
        assertThat(digest.location()).isEqualTo("Biblioteket");
    }

    @Test
    void heldOnceClosedOrItsMinutesCirculatedOrApproved() {
        assertThat(fold(SCHEDULED, new MeetingOpened(MEETING)).progress()).isEqualTo(MeetingProgress.OPEN);
        assertThat(fold(SCHEDULED, new MeetingOpened(MEETING), new MeetingClosed(MEETING)).held()).isTrue();
        assertThat(fold(SCHEDULED, new MeetingOpened(MEETING), new MeetingClosed(MEETING),
                new MinutesCirculated(MEETING), new MinutesApproved(MEETING, ANNA, null)).held()).isTrue();
    }

    @Test
    void aCancelledMeetingStaysCancelled() {
        MeetingDigest digest = fold(SCHEDULED, new MeetingCancelled(MEETING, "Afbud"), new MeetingClosed(MEETING));
        assertThat(digest.progress()).isEqualTo(MeetingProgress.CANCELLED);
        assertThat(digest.held()).isFalse();
    }

    @Test
    void theLatestAttendanceOfAPersonReplacesTheEarlierOne() {
        MeetingDigest digest = fold(SCHEDULED,
                new AttendanceRecorded(MEETING, ANNA, AttendanceStatus.APOLOGIES, null, null, null, null),
                new AttendanceRecorded(MEETING, FINN, AttendanceStatus.PRESENT, ANNA, null, null, null),
                new AttendanceRecorded(MEETING, ANNA, AttendanceStatus.PRESENT, null, ITEM, null, "Kom senere"));

        assertThat(digest.attendance()).extracting(MeetingDigest.Attendee::personId,
                        MeetingDigest.Attendee::status, MeetingDigest.Attendee::substituteFor)
                .containsExactly(tuple(ANNA, AttendanceStatus.PRESENT, null),
                        tuple(FINN, AttendanceStatus.PRESENT, ANNA));
    }

    @Test
    void itemsKeepTitleDecisionsActionsAndReferrals() {
        DecisionId decision = DecisionId.random();
        ActionId action = ActionId.random();
        ReferralId referral = ReferralId.random();
        MeetingDigest digest = fold(SCHEDULED, ADDED,
                new AgendaItemAmended(MEETING, ITEM, "Budget 2025", AgendaItemKind.DECISION, "tekst"),
                new ItemNotesRecorded(MEETING, ITEM, "Drøftet"),
                new DecisionRecorded(MEETING, ITEM, decision, "Udkast", DecisionOutcome.POSTPONED, null, null, null,
                        null, false),
                new DecisionRecorded(MEETING, ITEM, decision, "Vedtaget", DecisionOutcome.ADOPTED, null, 5, 0, 1,
                        false),
                new ActionAgreed(MEETING, ITEM, action, "Send til BPS", ANNA, LocalDate.of(2024, 4, 1), decision),
                new CaseReferred(MEETING, ITEM, referral, BPS, "Til godkendelse"));

        MeetingDigest.Item item = digest.item(ITEM).orElseThrow();
        assertThat(item.title()).isEqualTo("Budget 2025");
        assertThat(item.decisions()).singleElement()
                .isEqualTo(new MeetingDigest.Decision(decision, "Vedtaget", DecisionOutcome.ADOPTED));
        assertThat(item.actions()).containsExactly(action);
        assertThat(item.referrals()).containsExactly(new MeetingDigest.Referral(referral, BPS, "Til godkendelse"));
        assertThat(digest.decision(decision)).isPresent();
    }

    @Test
    void aReferredCaseTakenUpRemembersWhereItCameFrom() {
        ReferralId referral = ReferralId.random();
        MeetingId from = MeetingId.random();
        MeetingDigest digest = fold(SCHEDULED, ADDED,
                new ReferredCaseAccepted(MEETING, ITEM, referral, BPS, from, OTHER),
                new AgendaItemWithdrawn(MEETING, ITEM, "Udsat"));

        MeetingDigest.Item item = digest.item(ITEM).orElseThrow();
        assertThat(item.referredFrom()).isEqualTo(new MeetingDigest.Origin(referral, BPS, from, OTHER));
        assertThat(item.withdrawn()).isTrue();
    }

    @Test
    void eventsBeforeTheMeetingOrForAnUnknownItemChangeNothing() {
        assertThat(MeetingDigestFold.apply(null, new MeetingClosed(MEETING))).isNull();
        MeetingDigest scheduled = fold(SCHEDULED);
        assertThat(MeetingDigestFold.apply(scheduled, new DecisionRecorded(MEETING, OTHER, DecisionId.random(), "x",
                DecisionOutcome.NOTED, null, null, null, null, false))).isEqualTo(scheduled);
    }
}
