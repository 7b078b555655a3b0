package dk.protokol.query.minutes;

import dk.protokol.events.ids.CommentId;
import dk.protokol.events.meeting.CommentResolution;
import dk.protokol.events.meeting.MinutesCommentAnswered;
import dk.protokol.events.meeting.MinutesCommentMade;
import dk.protokol.events.meeting.ObjectionPeriodStarted;

import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.AttachmentId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.CorrectionId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.ReferralId;
import dk.protokol.events.meeting.ActionAgreed;
import dk.protokol.events.meeting.AgendaItemAdded;
import dk.protokol.events.meeting.AgendaItemAmended;
import dk.protokol.events.meeting.AgendaItemPresenterChanged;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.AgendaItemWithdrawn;
import dk.protokol.events.meeting.AgendaPublished;
import dk.protokol.events.meeting.AgendaReordered;
import dk.protokol.events.meeting.AttachmentAdded;
import dk.protokol.events.meeting.AttachmentWithdrawn;
import dk.protokol.events.meeting.AttendanceRecorded;
import dk.protokol.events.meeting.AttendanceStatus;
import dk.protokol.events.meeting.CaseReferred;
import dk.protokol.events.meeting.ConflictOfInterestDeclared;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.events.meeting.DecisionRecorded;
import dk.protokol.events.meeting.ItemNotesRecorded;
import dk.protokol.events.meeting.MeetingCancelled;
import dk.protokol.events.meeting.MeetingClosed;
import dk.protokol.events.meeting.MeetingEvent;
import dk.protokol.events.meeting.MeetingOpened;
import dk.protokol.events.meeting.MeetingRescheduled;
import dk.protokol.events.meeting.MeetingScheduled;
import dk.protokol.events.meeting.ChairOfTheDayChosen;
import dk.protokol.events.meeting.JointBodyAdded;
import dk.protokol.events.meeting.JointBodyWithdrawn;
import dk.protokol.events.meeting.MinuteTakerNamed;
import dk.protokol.events.meeting.MinutesApproved;
import dk.protokol.events.meeting.MinutesCirculated;
import dk.protokol.events.meeting.MinutesCorrected;
import dk.protokol.events.meeting.ReferredCaseAccepted;
import dk.protokol.events.meeting.RemarkRecorded;
import dk.protokol.query.common.RecordedEvent;
import dk.protokol.query.common.ViewJson;
import dk.protokol.query.minutes.MeetingState.ActionState;
import dk.protokol.query.minutes.MeetingState.Attendance;
import dk.protokol.query.minutes.MeetingState.ConflictState;
import dk.protokol.query.minutes.MeetingState.CorrectionState;
import dk.protokol.query.minutes.MeetingState.DecisionState;
import dk.protokol.query.minutes.MeetingState.ItemState;
import dk.protokol.query.minutes.MeetingState.OriginState;
import dk.protokol.query.minutes.MeetingState.ReferralState;
import dk.protokol.query.minutes.MeetingState.RemarkState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static dk.protokol.query.minutes.Referat.AAGE;
import static dk.protokol.query.minutes.Referat.ANNA;
import static dk.protokol.query.minutes.Referat.BORGMESTER;
import static dk.protokol.query.minutes.Referat.BPS;
import static dk.protokol.query.minutes.Referat.BUDGET;
import static dk.protokol.query.minutes.Referat.BUDGET_ACTION;
import static dk.protokol.query.minutes.Referat.BUDGET_DECISION;
import static dk.protokol.query.minutes.Referat.CORRECTED_NOTES;
import static dk.protokol.query.minutes.Referat.CORRECTION;
import static dk.protokol.query.minutes.Referat.DIREKTOER;
import static dk.protokol.query.minutes.Referat.FKU;
import static dk.protokol.query.minutes.Referat.JUNE;
import static dk.protokol.query.minutes.Referat.MARCH;
import static dk.protokol.query.minutes.Referat.MARCH_START;
import static dk.protokol.query.minutes.Referat.NOTES;
import static dk.protokol.query.minutes.Referat.REFERRAL;
import static dk.protokol.query.minutes.Referat.SEKRETAER;
import static dk.protokol.query.minutes.Referat.STANDING;
import static dk.protokol.query.minutes.Referat.STATUS;
import static dk.protokol.query.minutes.Referat.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link MinutesFold}: what each meeting event does to the minutes' state. */
class MinutesFoldTest {

    private static final Instant AT = Instant.parse("2024-03-12T10:00:00Z");
    private static final Recording BY_SECRETARY = new Recording(AT, SEKRETAER);
    private static final Recording BY_NOBODY = new Recording(AT, null);

    private final MeetingState march = Referat.state(MARCH);

    @Test
    void schedulingStartsTheMinutes() {
        MeetingState state = MinutesFold.apply(null, new MeetingScheduled(MARCH, BPS, MARCH_START,
                MARCH_START.plusHours(2), "Rådhuset"), BY_SECRETARY);

        assertThat(state.meetingId()).isEqualTo(MARCH);
        assertThat(state.bodyId()).isEqualTo(BPS);
        assertThat(state.status()).isEqualTo(MeetingStatus.SCHEDULED);
        assertThat(state.start()).isEqualTo(MARCH_START);
        assertThat(state.expectedEnd()).isEqualTo(MARCH_START.plusHours(2));
        assertThat(state.location()).isEqualTo("Rådhuset");
        assertThat(state.items()).isEmpty();
        assertThat(state.referent()).as("scheduling is not writing minutes").isNull();
    }

    @Test
    void anEventBeforeTheMeetingWasScheduledHasNothingToAttachTo() {
        assertThat(MinutesFold.apply(null, new MeetingOpened(MARCH), BY_SECRETARY)).isNull();
    }

    @Test
    void reschedulingReplacesTimeAndPlace() {
        assertThat(march.start()).isEqualTo(MARCH_START);
        assertThat(march.expectedEnd()).isEqualTo(MARCH_START.plusHours(2));
        assertThat(march.location()).isEqualTo("Rådhuset, mødelokale 2");
    }

    @Test
    void cancellingRecordsTheReason() {
        MeetingState cancelled = MinutesFold.apply(scheduled(), new MeetingCancelled(MARCH, "For få tilmeldte"),
                BY_SECRETARY);

        assertThat(cancelled.status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(cancelled.cancelledReason()).isEqualTo("For få tilmeldte");
    }

    @Test
    void theNamedMinuteTakerIsTheReferentWhoeverRecords() {
        MeetingState state = MinutesFold.apply(withItem(), new MinuteTakerNamed(MARCH, ANNA), BY_SECRETARY);
        state = MinutesFold.apply(state, new ItemNotesRecorded(MARCH, BUDGET, "Referat"), BY_SECRETARY);
        assertThat(state.referent()).isEqualTo(ANNA);
    }

    @Test
    void theChairForTheDayIsTheLatestChosen() {
        MeetingState state = MinutesFold.apply(withItem(), new ChairOfTheDayChosen(MARCH, BORGMESTER), BY_SECRETARY);
        state = MinutesFold.apply(state, new ChairOfTheDayChosen(MARCH, ANNA), BY_SECRETARY);
        assertThat(state.chairOfTheDay()).isEqualTo(ANNA);
        assertThat(MinutesViews.people(state)).contains(ANNA);
    }

    @Test
    void theMeetingMovesThroughItsStatuses() {
        MeetingState state = scheduled();
        state = MinutesFold.apply(state, new AgendaPublished(MARCH), BY_SECRETARY);
        assertThat(state.status()).isEqualTo(MeetingStatus.AGENDA_PUBLISHED);
        state = MinutesFold.apply(state, new MeetingOpened(MARCH), BY_SECRETARY);
        assertThat(state.status()).isEqualTo(MeetingStatus.OPEN);
        state = MinutesFold.apply(state, new MeetingClosed(MARCH), BY_SECRETARY);
        assertThat(state.status()).isEqualTo(MeetingStatus.CLOSED);
        state = MinutesFold.apply(state, new MinutesCirculated(MARCH), BY_SECRETARY);
        assertThat(state.status()).isEqualTo(MeetingStatus.MINUTES_CIRCULATED);
        state = MinutesFold.apply(state, new MinutesApproved(MARCH, BORGMESTER, null), BY_SECRETARY);
        assertThat(state.status()).isEqualTo(MeetingStatus.MINUTES_APPROVED);
    }

    @Test
    void itemsStandInAgendaOrderAndAReorderPutsTheRestAfterTheNamedOnes() {
        assertThat(march.items()).extracting(ItemState::itemId).containsExactly(STANDING, BUDGET, STATUS, WITHDRAWN);

        MeetingState reordered = MinutesFold.apply(march, new AgendaReordered(MARCH, List.of(STATUS, BUDGET)),
                BY_SECRETARY);

        assertThat(reordered.items()).extracting(ItemState::itemId).containsExactly(STATUS, BUDGET, STANDING, WITHDRAWN);
    }

    @Test
    void anAddedItemCarriesItsTitleKindDescriptionPresenterAndStandingFlag() {
        ItemState standing = item(march, STANDING);
        ItemState budget = item(march, BUDGET);

        assertThat(standing.standing()).isTrue();
        assertThat(budget.standing()).isFalse();
        assertThat(budget.title()).isEqualTo("Budget 2025");
        assertThat(budget.kind()).isEqualTo(AgendaItemKind.DECISION);
        assertThat(budget.description()).isEqualTo("Forslag til budget");
        assertThat(budget.presenterId()).isEqualTo(DIREKTOER);
    }

    @Test
    void anAmendmentReplacesTitleKindAndDescriptionAndKeepsTheRest() {
        MeetingState amended = MinutesFold.apply(march, new AgendaItemAmended(MARCH, BUDGET, "Budget 2025-2026",
                AgendaItemKind.DISCUSSION, null), BY_SECRETARY);

        ItemState budget = item(amended, BUDGET);
        assertThat(budget.title()).isEqualTo("Budget 2025-2026");
        assertThat(budget.kind()).isEqualTo(AgendaItemKind.DISCUSSION);
        assertThat(budget.description()).isNull();
        assertThat(budget.presenterId()).isEqualTo(DIREKTOER);
        assertThat(budget.decisions()).hasSize(1);
    }

    @Test
    void aNewPresenterReplacesTheOldOneAndKeepsTheRest() {
        MeetingState changed = MinutesFold.apply(march, new AgendaItemPresenterChanged(MARCH, BUDGET, ANNA),
                BY_SECRETARY);

        ItemState budget = item(changed, BUDGET);
        assertThat(budget.presenterId()).isEqualTo(ANNA);
        assertThat(budget).usingRecursiveComparison().ignoringFields("presenterId").isEqualTo(item(march, BUDGET));
        assertThat(item(changed, STANDING)).isEqualTo(item(march, STANDING));
    }

    @Test
    void aRemovedPresenterLeavesTheItemWithoutOne() {
        MeetingState removed = MinutesFold.apply(march, new AgendaItemPresenterChanged(MARCH, BUDGET, null),
                BY_SECRETARY);

        assertThat(item(removed, BUDGET).presenterId()).isNull();
        assertThat(item(removed, BUDGET).title()).isEqualTo(item(march, BUDGET).title());
    }

    @Test
    void aWithdrawnItemStaysVisibleWithItsReason() {
        ItemState withdrawn = item(march, WITHDRAWN);

        assertThat(withdrawn.withdrawn()).isTrue();
        assertThat(withdrawn.withdrawnReason()).isEqualTo("Afventer kommunen");
        assertThat(withdrawn.title()).isEqualTo("Nyt mødested");
    }

    @Test
    void theLatestAttendanceOfAPersonReplacesTheEarlierOneWhereItStood() {
        assertThat(march.attendance()).extracting(Attendance::personId)
                .containsExactly(AAGE, BORGMESTER, ANNA, DIREKTOER, Referat.GAEST, Referat.ERASED);
        assertThat(march.attendance()).filteredOn(a -> a.personId().equals(DIREKTOER)).singleElement()
                .isEqualTo(new Attendance(DIREKTOER, AttendanceStatus.PRESENT, null, BUDGET, BUDGET, "kom til punkt 2"));
        assertThat(march.attendance()).filteredOn(a -> a.personId().equals(ANNA)).singleElement()
                .satisfies(anna -> assertThat(anna.substituteFor()).isEqualTo(AAGE));
    }

    @Test
    void aConflictOfInterestIsRecordedOnTheItem() {
        assertThat(item(march, BUDGET).conflicts()).containsExactly(new ConflictState(ANNA, "ansat i boligselskabet"));
    }

    @Test
    void theLatestNotesReplaceTheEarlierText() {
        assertThat(item(march, BUDGET).notes()).isEqualTo(NOTES);
    }

    @Test
    void aDecisionIsRecordedWithOutcomeRecommendationAndVotes() {
        assertThat(item(march, BUDGET).decisions()).containsExactly(new DecisionState(BUDGET_DECISION,
                "Styregruppen godkender budget 2025.", DecisionOutcome.ADOPTED,
                "Sekretariatet indstiller, at budgettet godkendes.", 5, 1, 0, false,
                List.of(new RemarkState(BORGMESTER, "Ønsker flere midler til unge."))));
    }

    @Test
    void aDecisionRecordedAgainUnderItsIdIsReplacedAndKeepsItsRemarks() {
        MeetingState again = MinutesFold.apply(march, new DecisionRecorded(MARCH, BUDGET, BUDGET_DECISION,
                "Budgettet udsættes.", DecisionOutcome.POSTPONED, null, null, null, null, true), BY_SECRETARY);

        assertThat(item(again, BUDGET).decisions()).singleElement().satisfies(decision -> {
            assertThat(decision.outcome()).isEqualTo(DecisionOutcome.POSTPONED);
            assertThat(decision.lateEntry()).isTrue();
            assertThat(decision.remarks()).hasSize(1);
        });
    }

    @Test
    void aRemarkOnAnUnknownDecisionChangesNothing() {
        assertThat(MinutesFold.apply(march, new RemarkRecorded(MARCH, DecisionId.random(), BORGMESTER, "?"),
                BY_NOBODY)).isEqualTo(march);
    }

    @Test
    void anActionIsAgreedUnderItsItemAndDecision() {
        assertThat(item(march, BUDGET).actions()).containsExactly(new ActionState(BUDGET_ACTION,
                "Sende budgettet til byrådet", DIREKTOER, LocalDate.of(2024, 4, 1), BUDGET_DECISION));
    }

    @Test
    void aReferralNamesTheTargetBody() {
        assertThat(item(march, BUDGET).referrals())
                .containsExactly(new ReferralState(REFERRAL, FKU, "FKU udarbejder handleplan"));
    }

    @Test
    void aCaseAcceptedFromAnotherBodyRemembersWhereItCameFrom() {
        MeetingId fromMeeting = MeetingId.random();
        AgendaItemId fromItem = AgendaItemId.random();

        MeetingState state = MinutesFold.apply(withItem(), new ReferredCaseAccepted(MARCH, BUDGET, REFERRAL, FKU,
                fromMeeting, fromItem), BY_SECRETARY);

        assertThat(item(state, BUDGET).referredFrom()).isEqualTo(new OriginState(REFERRAL, FKU, fromMeeting, fromItem));
        assertThat(item(state, STATUS).referredFrom()).isNull();
    }

    @Test
    void anApprovalRecordsWhenWhoAndAtWhichMeeting() {
        assertThat(march.status()).isEqualTo(MeetingStatus.MINUTES_APPROVED);
        assertThat(march.approvedAt()).isEqualTo(Referat.APPROVAL_RECORDED);
        assertThat(march.approvedBy()).isEqualTo(BORGMESTER);
        assertThat(march.approvedAtMeetingId()).isEqualTo(JUNE);
    }

    @Test
    void aCorrectionStandsBesideTheOriginalTextAndNeverChangesIt() {
        assertThat(item(march, BUDGET).notes()).isEqualTo(NOTES);
        assertThat(march.corrections()).containsExactly(new CorrectionState(CORRECTION, BUDGET, CORRECTED_NOTES,
                "FKU deltog også", Referat.CORRECTION_RECORDED, SEKRETAER));
        assertThat(march.status()).isEqualTo(MeetingStatus.MINUTES_APPROVED);
    }

    @Test
    void theReferentIsTheFirstPersonWhoRecordedContentOfTheMinutes() {
        assertThat(march.referent()).isEqualTo(SEKRETAER);

        MeetingState state = MinutesFold.apply(withItem(), new ItemNotesRecorded(MARCH, BUDGET, "a"),
                new Recording(AT, DIREKTOER));
        state = MinutesFold.apply(state, new ItemNotesRecorded(MARCH, BUDGET, "b"), BY_SECRETARY);
        assertThat(state.referent()).isEqualTo(DIREKTOER);
    }

    @Test
    void withoutContentRecordedByAPersonTheReferentIsWhoeverCirculatedTheMinutes() {
        MeetingState state = MinutesFold.apply(withItem(), new ItemNotesRecorded(MARCH, BUDGET, "a"), BY_NOBODY);
        state = MinutesFold.apply(state, new MinutesCirculated(MARCH), BY_SECRETARY);

        assertThat(state.referent()).isEqualTo(SEKRETAER);
    }

    @Test
    void anEventForAnItemTheMeetingDoesNotKnowChangesNoItem() {
        AgendaItemId unknown = AgendaItemId.random();

        MeetingState state = MinutesFold.apply(march, new ItemNotesRecorded(MARCH, unknown, "x"), BY_SECRETARY);

        assertThat(state.items()).isEqualTo(march.items());
    }

    private static AttachmentAdded attachment(AttachmentId id, String name) {
        return new AttachmentAdded(MARCH, BUDGET, id, null, name, "application/pdf", 1234, "ab".repeat(32), false);
    }

    @Test
    void bilagAreNumberedUnderTheirItemInTheOrderAddedAndAWithdrawnOneKeepsItsNumber() {
        AttachmentId first = AttachmentId.random();
        AttachmentId second = AttachmentId.random();
        MeetingState state = withItem();
        state = MinutesFold.apply(state, attachment(first, "Budget.pdf"), BY_SECRETARY);
        state = MinutesFold.apply(state, attachment(second, "Tidsplan.pdf"), BY_SECRETARY);
        state = MinutesFold.apply(state, new AttachmentWithdrawn(MARCH, BUDGET, first, "Forkert version"),
                BY_SECRETARY);
        MeetingState.ItemState budget = state.items().stream().filter(item -> item.itemId().equals(BUDGET))
                .findFirst().orElseThrow();

        List<MinutesView.Attachment> listed = MinutesViews.attachments(budget, 3);

        assertThat(listed).extracting(MinutesView.Attachment::label).containsExactly("Bilag 3.1", "Bilag 3.2");
        assertThat(listed).extracting(MinutesView.Attachment::fileName).containsExactly("Budget.pdf", "Tidsplan.pdf");
        assertThat(listed.get(0).withdrawn()).isTrue();
        assertThat(listed.get(0).withdrawnReason()).isEqualTo("Forkert version");
        assertThat(listed.get(1).withdrawn()).isFalse();
        assertThat(listed.get(1).sha256Short()).isEqualTo("abababababab");
        assertThat(listed.get(1).sizeLabel()).isEqualTo("1,2 kB");
    }

    /**
     * Every kind of meeting event the published language has (the sealed interface's permitted types)
     * changes the minutes; a new kind without a case in the fold fails here.
     */
    @Test
    void everyKindOfMeetingEventChangesTheMinutes() {
        MeetingState before = withItem();
        DecisionId decision = DecisionId.random();
        before = MinutesFold.apply(before, new DecisionRecorded(MARCH, BUDGET, decision, "Vedtaget",
                DecisionOutcome.ADOPTED, null, null, null, null, false), BY_SECRETARY);
        before = MinutesFold.apply(before, new JointBodyAdded(MARCH, FKU), BY_SECRETARY);
        CommentId comment = CommentId.random();
        before = MinutesFold.apply(before, new MinutesCommentMade(MARCH, comment, null, ANNA, "Bemærkning"),
                BY_SECRETARY);
        AttachmentId attached = AttachmentId.random();
        before = MinutesFold.apply(before, attachment(attached, "Budget.pdf"), BY_SECRETARY);
        List<MeetingEvent> oneOfEach = List.of(
                new ObjectionPeriodStarted(MARCH, 8, java.time.Instant.parse("2024-03-20T23:00:00Z"), true),
                new MinutesCommentMade(MARCH, CommentId.random(), BUDGET, ANNA, "En bemærkning til punktet"),
                new MinutesCommentAnswered(MARCH, comment, CommentResolution.NOTED, "Noteret"),
                attachment(AttachmentId.random(), "Bilag.png"),
                new AttachmentWithdrawn(MARCH, BUDGET, attached, "Forkert version"),
                new MeetingScheduled(MARCH, BPS, MARCH_START, MARCH_START, "Et andet sted"),
                new MeetingRescheduled(MARCH, MARCH_START.plusDays(1), MARCH_START.plusDays(1), "Rådhuset"),
                new MeetingCancelled(MARCH, "Aflyst"),
                new AgendaItemAdded(MARCH, AgendaItemId.random(), "Eventuelt", AgendaItemKind.INFORMATION, null, null,
                        false),
                new AgendaItemAmended(MARCH, BUDGET, "Budget", AgendaItemKind.DISCUSSION, null),
                new AgendaItemPresenterChanged(MARCH, BUDGET, ANNA),
                new AgendaItemWithdrawn(MARCH, BUDGET, "Udgår"),
                new AgendaReordered(MARCH, List.of(STATUS, BUDGET)),
                new AgendaPublished(MARCH),
                new AttendanceRecorded(MARCH, ANNA, AttendanceStatus.PRESENT, null, null, null, null),
                new ConflictOfInterestDeclared(MARCH, BUDGET, ANNA, null),
                new MeetingOpened(MARCH),
                new ItemNotesRecorded(MARCH, BUDGET, "Referat"),
                new DecisionRecorded(MARCH, BUDGET, DecisionId.random(), "Ny beslutning", DecisionOutcome.NOTED, null,
                        null, null, null, false),
                new RemarkRecorded(MARCH, decision, BORGMESTER, "Bemærkning"),
                new ActionAgreed(MARCH, BUDGET, ActionId.random(), "Gøre noget", ANNA, LocalDate.of(2024, 5, 1), null),
                new CaseReferred(MARCH, BUDGET, ReferralId.random(), FKU, "Til FKU"),
                new MeetingClosed(MARCH),
                new MinutesCirculated(MARCH),
                new MinutesApproved(MARCH, BORGMESTER, JUNE),
                new MinutesCorrected(MARCH, CorrectionId.random(), null, "Rettelse", "Fejl"),
                new ReferredCaseAccepted(MARCH, BUDGET, ReferralId.random(), FKU, MeetingId.random(),
                        AgendaItemId.random()),
                new ChairOfTheDayChosen(MARCH, ANNA),
                new MinuteTakerNamed(MARCH, ANNA),
                new JointBodyAdded(MARCH, BodyId.random()),
                new JointBodyWithdrawn(MARCH, FKU));

        Set<Class<?>> covered = oneOfEach.stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(covered).containsExactlyInAnyOrderElementsOf(Arrays.asList(MeetingEvent.class.getPermittedSubclasses()));
        for (MeetingEvent event : oneOfEach) {
            assertThat(MinutesFold.apply(before, event, BY_SECRETARY)).as(event.getClass().getSimpleName())
                    .isNotNull().isNotEqualTo(before);
        }
    }

    @Test
    void aMeetingReplayedToAnyInstantStoredAndReadBackFoldsOnToTheSameMinutes() {
        List<RecordedEvent> recorded = Referat.recorded();
        for (MeetingId meeting : List.of(MARCH, JUNE)) {
            MeetingState whole = Referat.state(meeting);
            for (RecordedEvent cut : recorded) {
                List<RecordedEvent> later = recorded.subList((int) cut.position() + 1, recorded.size());
                MeetingState replayed = MinutesReplay.asOf(Referat.history(), meeting, cut.recordedAt());
                String stored = ViewJson.write(replayed);

                assertThat(foldOn(ViewJson.read(stored, MeetingState.class), meeting, later))
                        .as("%s as of event %d, stored, read back and folded on", meeting, cut.position())
                        .isEqualTo(whole);
                foldOn(replayed, meeting, later);
                assertThat(ViewJson.write(replayed))
                        .as("%s as of event %d after more was folded onto it", meeting, cut.position())
                        .isEqualTo(stored);
            }
        }
    }

    private static MeetingState foldOn(MeetingState state, MeetingId meeting, List<RecordedEvent> events) {
        for (RecordedEvent recorded : events) {
            if (recorded.payload() instanceof MeetingEvent event && event.meetingId().equals(meeting)) {
                state = MinutesFold.apply(state, event, Recording.of(recorded));
            }
        }
        return state;
    }

    private static MeetingState scheduled() {
        return MinutesFold.apply(null, new MeetingScheduled(MARCH, BPS, MARCH_START, MARCH_START.plusHours(2),
                "Rådhuset"), BY_SECRETARY);
    }

    private static MeetingState withItem() {
        MeetingState state = MinutesFold.apply(scheduled(), new AgendaItemAdded(MARCH, BUDGET, "Budget 2025",
                AgendaItemKind.DECISION, null, null, false), BY_NOBODY);
        return MinutesFold.apply(state, new AgendaItemAdded(MARCH, STATUS, "Status", AgendaItemKind.INFORMATION,
                null, null, false), BY_NOBODY);
    }

    private static ItemState item(MeetingState state, AgendaItemId id) {
        return state.items().stream().filter(item -> item.itemId().equals(id)).findFirst().orElseThrow();
    }
}
