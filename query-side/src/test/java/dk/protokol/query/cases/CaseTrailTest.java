package dk.protokol.query.cases;

import dk.protokol.events.query.cases.ReferralStatus;
import dk.protokol.events.action.ActionCompleted;
import dk.protokol.events.action.ActionItemOpened;
import dk.protokol.events.action.ActionProgressReported;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.ids.ReferralId;
import dk.protokol.events.meeting.ActionAgreed;
import dk.protokol.events.meeting.AgendaItemAdded;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.AgendaItemWithdrawn;
import dk.protokol.events.meeting.CaseReferred;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.events.meeting.DecisionRecorded;
import dk.protokol.events.meeting.MeetingScheduled;
import dk.protokol.events.meeting.ReferredCaseAccepted;
import dk.protokol.events.organisation.BodyEstablished;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.PersonRegistered;
import dk.protokol.query.actions.ActionState;
import dk.protokol.query.actions.MeetingDigest;
import dk.protokol.query.actions.Script;
import dk.protokol.query.cases.CaseView.Step;
import dk.protokol.query.cases.CaseView.StepKind;
import dk.protokol.query.organisation.BodyRef;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A case from FKU to BPS and on to the secretariat: the item and decision in FKU, the referral, the item
 * and decision in BPS, the action agreed there, its progress and completion, and the referral onwards.
 */
class CaseTrailTest {

    static final BodyId FKU = BodyId.of("00000000-0000-0000-0000-0000000000b2");
    static final BodyId BPS = BodyId.of("00000000-0000-0000-0000-0000000000b1");
    static final BodyId SEKRETARIAT = BodyId.of("00000000-0000-0000-0000-0000000000b4");
    static final PersonId ANNA = PersonId.of("00000000-0000-0000-0000-0000000000a5");
    static final MeetingId FKU_FEBRUARY = MeetingId.of("00000000-0000-0000-0000-0000000000e1");
    static final MeetingId BPS_MARCH = MeetingId.of("00000000-0000-0000-0000-0000000000e2");
    static final MeetingId BPS_APRIL = MeetingId.of("00000000-0000-0000-0000-0000000000e3");
    static final AgendaItemId FKU_ITEM = AgendaItemId.of("00000000-0000-0000-0000-0000000000d1");
    static final AgendaItemId BPS_ITEM = AgendaItemId.of("00000000-0000-0000-0000-0000000000d2");
    static final AgendaItemId FOLLOW_UP = AgendaItemId.of("00000000-0000-0000-0000-0000000000d3");
    static final ReferralId REFERRAL = ReferralId.of("00000000-0000-0000-0000-0000000000f1");
    static final ReferralId ONWARD = ReferralId.of("00000000-0000-0000-0000-0000000000f2");
    static final ActionId ACTION = ActionId.of("00000000-0000-0000-0000-0000000000c1");
    static final DecisionId FKU_DECISION = DecisionId.of("00000000-0000-0000-0000-0000000000a1");
    static final DecisionId BPS_DECISION = DecisionId.of("00000000-0000-0000-0000-0000000000a2");

    static final LocalDate FEBRUARY = LocalDate.of(2024, 2, 1);
    static final LocalDate MARCH = LocalDate.of(2024, 3, 10);
    static final LocalDate APRIL = LocalDate.of(2024, 4, 15);

    static Script referredInFebruary() {
        return new Script().on(FEBRUARY.minusMonths(1),
                        new PersonRegistered(ANNA, "Anna Andersen", null, null, "AAB"),
                        new BodyEstablished(FKU, "Forum for Koordination og Udvikling", BodyKind.FORUM, "BolivVejle",
                                null, null, 4, null, LocalDate.of(2020, 1, 1)),
                        new BodyEstablished(BPS, "Boligpolitisk Styregruppe", BodyKind.STEERING_GROUP, "BolivVejle",
                                null, null, 4, null, LocalDate.of(2020, 1, 1)),
                        new BodyEstablished(SEKRETARIAT, "Fællessekretariatet", BodyKind.SECRETARIAT, "BolivVejle",
                                null, null, null, null, LocalDate.of(2020, 1, 1)),
                        new MeetingScheduled(FKU_FEBRUARY, FKU, FEBRUARY.atTime(9, 0), FEBRUARY.atTime(11, 0), "Rådhuset"),
                        new AgendaItemAdded(FKU_FEBRUARY, FKU_ITEM, "Ny helhedsplan", AgendaItemKind.DECISION, null,
                                null, false))
                .on(FEBRUARY,
                        new DecisionRecorded(FKU_FEBRUARY, FKU_ITEM, FKU_DECISION, "FKU anbefaler planen",
                                DecisionOutcome.ADOPTED, null, null, null, null, false),
                        new CaseReferred(FKU_FEBRUARY, FKU_ITEM, REFERRAL, BPS, "Til godkendelse i BPS"));
    }

    static Script takenUpAndDone() {
        return referredInFebruary()
                .on(MARCH.minusDays(14),
                        new MeetingScheduled(BPS_MARCH, BPS, MARCH.atTime(14, 0), MARCH.atTime(16, 0), "Rådhuset"),
                        new AgendaItemAdded(BPS_MARCH, BPS_ITEM, "Helhedsplan til godkendelse",
                                AgendaItemKind.DECISION, null, null, false),
                        new ReferredCaseAccepted(BPS_MARCH, BPS_ITEM, REFERRAL, FKU, FKU_FEBRUARY, FKU_ITEM))
                .on(MARCH,
                        new DecisionRecorded(BPS_MARCH, BPS_ITEM, BPS_DECISION, "BPS godkender planen",
                                DecisionOutcome.ADOPTED, null, 7, 0, 0, false),
                        new ActionAgreed(BPS_MARCH, BPS_ITEM, ACTION, "Send planen til fonden", ANNA,
                                LocalDate.of(2024, 4, 30), BPS_DECISION),
                        new ActionItemOpened(ACTION, BPS, BPS_MARCH, BPS_ITEM, BPS_DECISION, "Send planen til fonden",
                                ANNA, LocalDate.of(2024, 4, 30)),
                        new CaseReferred(BPS_MARCH, BPS_ITEM, ONWARD, SEKRETARIAT, "Til opfølgning"))
                .on(APRIL.minusDays(14),
                        new MeetingScheduled(BPS_APRIL, BPS, APRIL.atTime(14, 0), APRIL.atTime(16, 0), "Rådhuset"),
                        new AgendaItemAdded(BPS_APRIL, FOLLOW_UP, "Opfølgning", AgendaItemKind.INFORMATION, null, null,
                                true))
                .on(APRIL, new ActionProgressReported(ACTION, "Planen er næsten klar", BPS_APRIL))
                .on(LocalDate.of(2024, 4, 29), new ActionCompleted(ACTION, LocalDate.of(2024, 4, 28), "Sendt"));
    }

    private static CaseView trail(Script script) {
        Map<MeetingId, MeetingDigest> meetings = script.meetings();
        List<MeetingDigest> targets = meetings.values().stream()
                .filter(m -> m.items().stream().anyMatch(i -> i.referredFrom() != null
                        && i.referredFrom().referralId().equals(REFERRAL)))
                .toList();
        List<ActionState> actions = script.actions().values().stream()
                .filter(a -> Stream.concat(Stream.of(meetings.get(FKU_FEBRUARY)), targets.stream())
                        .anyMatch(m -> m.meetingId().equals(a.meetingId())))
                .toList();
        return CaseTrail.of(REFERRAL, meetings.get(FKU_FEBRUARY), targets, actions, meetings, script.names())
                .orElseThrow();
    }

    @Test
    void theWholeTrailInOrderWithDatesAndBodies() {
        CaseView view = trail(takenUpAndDone());

        assertThat(view.status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(view.note()).isEqualTo("Til godkendelse i BPS");
        assertThat(view.from()).isEqualTo(new CaseView.Place(new BodyRef(FKU,
                "Forum for Koordination og Udvikling"), FKU_FEBRUARY, FEBRUARY, FKU_ITEM, "Ny helhedsplan"));
        assertThat(view.to().meetingId()).isEqualTo(BPS_MARCH);
        assertThat(view.to().meetingDate()).isEqualTo(MARCH);
        assertThat(view.to().body().name()).isEqualTo("Boligpolitisk Styregruppe");
        assertThat(view.previousReferralId()).isNull();

        assertThat(view.trail()).extracting(Step::kind, Step::date, s -> s.body().name(), Step::text).containsExactly(
                tuple(StepKind.ITEM, FEBRUARY, "Forum for Koordination og Udvikling", "Ny helhedsplan"),
                tuple(StepKind.DECISION, FEBRUARY, "Forum for Koordination og Udvikling", "FKU anbefaler planen"),
                tuple(StepKind.REFERRED, FEBRUARY, "Forum for Koordination og Udvikling", "Til godkendelse i BPS"),
                tuple(StepKind.ACCEPTED, MARCH, "Boligpolitisk Styregruppe", "Helhedsplan til godkendelse"),
                tuple(StepKind.DECISION, MARCH, "Boligpolitisk Styregruppe", "BPS godkender planen"),
                tuple(StepKind.ACTION_AGREED, MARCH, "Boligpolitisk Styregruppe", "Send planen til fonden"),
                tuple(StepKind.REFERRED_ON, MARCH, "Boligpolitisk Styregruppe", "Til opfølgning"),
                tuple(StepKind.PROGRESS_REPORTED, APRIL, "Boligpolitisk Styregruppe", "Planen er næsten klar"),
                tuple(StepKind.ACTION_COMPLETED, LocalDate.of(2024, 4, 28), "Boligpolitisk Styregruppe", "Sendt"));

        Step referred = view.trail().get(2);
        assertThat(referred.referralId()).isEqualTo(REFERRAL);
        assertThat(referred.targetBody().name()).isEqualTo("Boligpolitisk Styregruppe");
        Step onward = view.trail().get(6);
        assertThat(onward.referralId()).isEqualTo(ONWARD);
        assertThat(onward.targetBody().name()).isEqualTo("Fællessekretariatet");
        Step agreed = view.trail().get(5);
        assertThat(agreed.actionId()).isEqualTo(ACTION);
        assertThat(agreed.owner().name()).isEqualTo("Anna Andersen");
        assertThat(agreed.dueDate()).isEqualTo(LocalDate.of(2024, 4, 30));
        assertThat(view.trail().get(7).meetingId()).isEqualTo(BPS_APRIL);
        assertThat(view.trail().get(4).decisionId()).isEqualTo(BPS_DECISION);
        assertThat(view.trail().get(4).outcome()).isEqualTo(DecisionOutcome.ADOPTED);
    }

    @Test
    void aCaseNotYetTakenUpIsWaiting() {
        CaseView view = trail(referredInFebruary());

        assertThat(view.status()).isEqualTo(ReferralStatus.WAITING);
        assertThat(view.to().body().name()).isEqualTo("Boligpolitisk Styregruppe");
        assertThat(view.to().meetingId()).isNull();
        assertThat(view.trail()).extracting(Step::kind)
                .containsExactly(StepKind.ITEM, StepKind.DECISION, StepKind.REFERRED);
    }

    @Test
    void aWithdrawnItemLeavesTheCaseWaitingAgain() {
        Script script = takenUpAndDone().on(MARCH, new AgendaItemWithdrawn(BPS_MARCH, BPS_ITEM, "Udsat"));
        CaseView view = trail(script);

        assertThat(view.status()).isEqualTo(ReferralStatus.WAITING);
        assertThat(view.trail()).extracting(Step::kind).contains(StepKind.ACCEPTED, StepKind.ACCEPTANCE_WITHDRAWN);
    }

    @Test
    void theReferralListSaysWhetherACaseWasTakenUpAndWhere() {
        Script script = takenUpAndDone();
        MeetingDigest from = script.meetings().get(FKU_FEBRUARY);
        MeetingDigest at = script.meetings().get(BPS_MARCH);

        List<ReferralSummary> list = Referrals.summaries(CaseLinks.referred(from), CaseLinks.accepted(at),
                script.meetings(), script.names());

        assertThat(list).singleElement().satisfies(referral -> {
            assertThat(referral.referralId()).isEqualTo(REFERRAL);
            assertThat(referral.status()).isEqualTo(ReferralStatus.ACCEPTED);
            assertThat(referral.fromBody().name()).isEqualTo("Forum for Koordination og Udvikling");
            assertThat(referral.fromMeetingDate()).isEqualTo(FEBRUARY);
            assertThat(referral.itemTitle()).isEqualTo("Ny helhedsplan");
            assertThat(referral.note()).isEqualTo("Til godkendelse i BPS");
            assertThat(referral.targetBody().name()).isEqualTo("Boligpolitisk Styregruppe");
            assertThat(referral.acceptedMeetingId()).isEqualTo(BPS_MARCH);
            assertThat(referral.acceptedMeetingDate()).isEqualTo(MARCH);
            assertThat(referral.acceptedItemId()).isEqualTo(BPS_ITEM);
        });
        assertThat(Referrals.summaries(CaseLinks.referred(from), List.of(), script.meetings(), script.names()))
                .singleElement().satisfies(referral -> {
                    assertThat(referral.status()).isEqualTo(ReferralStatus.WAITING);
                    assertThat(referral.acceptedMeetingId()).isNull();
                });
    }

    @Test
    void theLinksOfAMeetingAreDerivedFromItsDigest() {
        Script script = takenUpAndDone();

        assertThat(CaseLinks.referred(script.meetings().get(FKU_FEBRUARY))).containsExactly(new CaseLinks.Referred(
                REFERRAL, FKU, FKU_FEBRUARY, FKU_ITEM, FEBRUARY.atTime(9, 0), BPS));
        assertThat(CaseLinks.accepted(script.meetings().get(BPS_MARCH)))
                .containsExactly(new CaseLinks.Accepted(REFERRAL, BPS_MARCH, BPS_ITEM, true));
        assertThat(CaseLinks.referred(script.meetings().get(BPS_MARCH))).extracting(CaseLinks.Referred::referralId)
                .containsExactly(ONWARD);
    }
}
