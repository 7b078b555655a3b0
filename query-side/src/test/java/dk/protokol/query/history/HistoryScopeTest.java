package dk.protokol.query.history;

import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.CorrectionId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.ids.ReferralId;
import dk.protokol.events.meeting.ActionAgreed;
import dk.protokol.events.meeting.AgendaItemAdded;
import dk.protokol.events.meeting.AgendaItemAmended;
import dk.protokol.events.meeting.AgendaItemPresenterChanged;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.AgendaItemWithdrawn;
import dk.protokol.events.meeting.AgendaPublished;
import dk.protokol.events.meeting.AgendaReordered;
import dk.protokol.events.meeting.AttendanceRecorded;
import dk.protokol.events.meeting.AttendanceStatus;
import dk.protokol.events.meeting.CaseReferred;
import dk.protokol.events.meeting.ConflictOfInterestDeclared;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.events.meeting.DecisionRecorded;
import dk.protokol.events.meeting.ItemNotesRecorded;
import dk.protokol.events.meeting.MeetingOpened;
import dk.protokol.events.meeting.MeetingScheduled;
import dk.protokol.events.meeting.MinutesCorrected;
import dk.protokol.events.meeting.RemarkRecorded;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which of a meeting's events belong to an agenda item's and to a decision's history. */
class HistoryScopeTest {

    static final MeetingId MEETING = MeetingId.random();
    static final AgendaItemId BUDGET = AgendaItemId.random();
    static final AgendaItemId OTHER = AgendaItemId.random();
    static final DecisionId ADOPTED = DecisionId.random();
    static final DecisionId ELSEWHERE = DecisionId.random();
    static final PersonId MEMBER = PersonId.random();

    final Object scheduled = new MeetingScheduled(MEETING, BodyId.random(), LocalDateTime.of(2026, 3, 2, 14, 0),
            LocalDateTime.of(2026, 3, 2, 16, 0), "Rådhuset");
    final Object added = new AgendaItemAdded(MEETING, BUDGET, "Budget", AgendaItemKind.DECISION, null, null, false);
    final Object otherAdded = new AgendaItemAdded(MEETING, OTHER, "Eventuelt", AgendaItemKind.INFORMATION, null, null,
            false);
    final Object amended = new AgendaItemAmended(MEETING, BUDGET, "Budget 2027", null, null);
    final Object otherAmended = new AgendaItemAmended(MEETING, OTHER, "Evt.", null, null);
    final Object presenterChanged = new AgendaItemPresenterChanged(MEETING, BUDGET, MEMBER);
    final Object otherPresenterRemoved = new AgendaItemPresenterChanged(MEETING, OTHER, null);
    final Object reordered = new AgendaReordered(MEETING, List.of(OTHER, BUDGET));
    final Object published = new AgendaPublished(MEETING);
    final Object partly = new AttendanceRecorded(MEETING, MEMBER, AttendanceStatus.PRESENT, null, null, BUDGET, null);
    final Object whole = new AttendanceRecorded(MEETING, PersonId.random(), AttendanceStatus.PRESENT, null, null, null,
            null);
    final Object conflict = new ConflictOfInterestDeclared(MEETING, BUDGET, MEMBER, "Bestyrelsesmedlem");
    final Object opened = new MeetingOpened(MEETING);
    final Object notes = new ItemNotesRecorded(MEETING, BUDGET, "Drøftet.");
    final Object decision = new DecisionRecorded(MEETING, BUDGET, ADOPTED, "Budgettet godkendes.",
            DecisionOutcome.ADOPTED, null, 5, 0, 1, false);
    final Object otherDecision = new DecisionRecorded(MEETING, OTHER, ELSEWHERE, "Taget til efterretning.",
            DecisionOutcome.NOTED, null, null, null, null, false);
    final Object remark = new RemarkRecorded(MEETING, ADOPTED, MEMBER, "Jeg stemte imod.");
    final Object otherRemark = new RemarkRecorded(MEETING, ELSEWHERE, MEMBER, "Ingen.");
    final Object action = new ActionAgreed(MEETING, BUDGET, ActionId.random(), "Send budgettet", MEMBER,
            LocalDate.of(2026, 4, 1), ADOPTED);
    final Object looseAction = new ActionAgreed(MEETING, BUDGET, ActionId.random(), "Book lokale", MEMBER,
            LocalDate.of(2026, 4, 1), null);
    final Object referred = new CaseReferred(MEETING, BUDGET, ReferralId.random(), BodyId.random(), "Til BPS");
    final Object corrected = new MinutesCorrected(MEETING, CorrectionId.random(), BUDGET, "Rettet", "Fejl");
    final Object correctedElsewhere = new MinutesCorrected(MEETING, CorrectionId.random(), null, "Rettet", "Fejl");
    final Object withdrawn = new AgendaItemWithdrawn(MEETING, OTHER, "Udgår");

    final List<Object> story = List.of(scheduled, added, otherAdded, amended, otherAmended, presenterChanged,
            otherPresenterRemoved, reordered, published,
            partly, whole, conflict, opened, notes, decision, otherDecision, remark, otherRemark, action, looseAction,
            referred, corrected, correctedElsewhere, withdrawn);

    @Test
    void anItemsHistoryHasTheEventsThatNameItAndTheRemarksOnItsDecisions() {
        assertThat(filter(HistoryScope.item(BUDGET))).containsExactly(added, amended, presenterChanged, reordered,
                partly, conflict,
                notes, decision, remark, action, looseAction, referred, corrected);
    }

    @Test
    void anotherItemsHistoryHasNoneOfThose() {
        assertThat(filter(HistoryScope.item(OTHER))).containsExactly(otherAdded, otherAmended, otherPresenterRemoved,
                reordered,
                otherDecision, otherRemark, withdrawn);
    }

    @Test
    void aRemarkBeforeItsDecisionIsSeenIsNotTheItems() {
        // the scope learns the item's decisions as it goes: a remark cannot precede its decision in a real stream
        HistoryScope scope = HistoryScope.item(BUDGET);
        assertThat(scope.includes(remark)).isFalse();
        assertThat(scope.includes(decision)).isTrue();
        assertThat(scope.includes(remark)).isTrue();
    }

    @Test
    void aDecisionsHistoryHasTheDecisionItsRemarksAndTheActionsFollowingItUp() {
        assertThat(filter(HistoryScope.decision(ADOPTED))).containsExactly(decision, remark, action);
        assertThat(filter(HistoryScope.decision(ELSEWHERE))).containsExactly(otherDecision, otherRemark);
    }

    @Test
    void theWholeHistoryHasEverything() {
        assertThat(filter(HistoryScope.whole())).isEqualTo(story);
    }

    private List<Object> filter(HistoryScope scope) {
        return story.stream().filter(scope::includes).toList();
    }
}
