package dk.protokol.query.statistics;

import dk.protokol.events.action.ActionCancelled;
import dk.protokol.events.action.ActionCompleted;
import dk.protokol.events.action.ActionDueDateChanged;
import dk.protokol.events.action.ActionItemOpened;
import dk.protokol.events.action.ActionReassigned;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.ActionAgreed;
import dk.protokol.events.meeting.AgendaItemAdded;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.AttendanceRecorded;
import dk.protokol.events.meeting.AttendanceStatus;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.events.meeting.DecisionRecorded;
import dk.protokol.events.meeting.MeetingCancelled;
import dk.protokol.events.meeting.MeetingClosed;
import dk.protokol.events.meeting.MeetingOpened;
import dk.protokol.events.meeting.MeetingScheduled;
import dk.protokol.events.organisation.BodyEstablished;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.MemberAppointed;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.organisation.MembershipEnded;
import dk.protokol.events.organisation.PersonRegistered;
import dk.protokol.events.query.actions.ActionFilter;
import dk.protokol.query.actions.ActionList;
import dk.protokol.query.actions.ActionOverview;
import dk.protokol.events.query.actions.ActionStatus;
import dk.protokol.query.actions.ActionSummary;
import dk.protokol.query.actions.Script;
import dk.protokol.query.organisation.BodyRef;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A scripted year of one body, the Forum for Koordination og Udvikling (FKU), cadence 4 meetings a year:
 * its meetings, attendance, decisions and actions in 2024 (and one action left over from 2023). The overdue
 * lists on given days and the evaluator figures for 2024 are compared with a hand computation written out
 * beside each assertion. People are fictitious.
 *
 * <pre>
 * Members: Anna (chair), Bent (member to 2024-06-30), Carla (member from 2024-07-01), Dorte (member);
 *          Finn (substitute) and Erik (secretary) are not expected to attend.
 *
 * meeting  day         held?      present (expected)            decisions  actions agreed
 * M0       2023-11-20  held       -                             -          A0 Bent, due 2023-12-31
 * M1       2024-02-15  held       Anna, Bent; Dorte sent        2          A1 Bent   due 03-31, A2 Dorte due 04-30,
 *                                 apologies, Finn sat for her              A9 Anna   due 05-31
 * M2       2024-05-16  held       Anna, Dorte; Bent absent      2          A3 Anna   due 06-30, A7 Bent due 08-31
 * M3       2024-08-22  cancelled  -                             -          -
 * M4       2024-09-12  held       Anna, Carla, Dorte            1          A4 Carla  due 10-31, A5 Dorte due 12-31
 * M5       2024-11-28  held       Carla, Dorte; Anna sent       1          A6 Anna   due 2025-01-31,
 *                                 apologies                                A8 Carla  due 2024-12-15
 * M6       2024-12-19  scheduled, never held
 *
 * Later:   A0 completed 2024-01-10; A1 completed 03-20; A2 due moved to 06-15 (recorded 04-25), completed 06-20;
 *          A3 reassigned to Dorte (recorded 06-01), completed 07-10; A7 cancelled (recorded 07-01);
 *          A9 completed 06-25 (recorded 06-26); A5 completed 12-20; A8 completed 2025-01-05 (recorded 01-06).
 * </pre>
 */
class ScriptedYearTest {

    static final BodyId FKU = BodyId.of("00000000-0000-0000-0000-00000000f0c0");
    static final PersonId ANNA = person(1);
    static final PersonId BENT = person(2);
    static final PersonId CARLA = person(3);
    static final PersonId DORTE = person(4);
    static final PersonId ERIK = person(5);
    static final PersonId FINN = person(6);

    static final ActionId A0 = action(0);
    static final ActionId A1 = action(1);
    static final ActionId A2 = action(2);
    static final ActionId A3 = action(3);
    static final ActionId A4 = action(4);
    static final ActionId A5 = action(5);
    static final ActionId A6 = action(6);
    static final ActionId A7 = action(7);
    static final ActionId A8 = action(8);
    static final ActionId A9 = action(9);

    static final LocalDate M0 = LocalDate.of(2023, 11, 20);
    static final LocalDate M1 = LocalDate.of(2024, 2, 15);
    static final LocalDate M2 = LocalDate.of(2024, 5, 16);
    static final LocalDate M3 = LocalDate.of(2024, 8, 22);
    static final LocalDate M4 = LocalDate.of(2024, 9, 12);
    static final LocalDate M5 = LocalDate.of(2024, 11, 28);
    static final LocalDate M6 = LocalDate.of(2024, 12, 19);

    private final Script script = year();

    // ---- the overdue lists

    @Test
    void overdueOnMidsummerEveIsA9ThenA2() {
        // On 2024-06-18 the actions agreed by then are A0, A1, A2, A9 (M1, M0) and A3, A7 (M2).
        //   A0 done 2024-01-10, A1 done 03-20: not open.
        //   A9 due 05-31, completed only 06-25: open on 06-18 and due before it -> overdue.
        //   A2 due moved to 06-15 on 04-25, completed only 06-20: open and due before 06-18 -> overdue.
        //   A3 due 06-30 and A7 due 08-31: open, not yet due.
        // Soonest due first: A9 (05-31), A2 (06-15).
        List<ActionSummary> overdue = rows(filter(true, LocalDate.of(2024, 6, 18)));

        assertThat(overdue).extracting(ActionSummary::id).containsExactly(A9, A2);
        assertThat(overdue).extracting(ActionSummary::dueDate)
                .containsExactly(LocalDate.of(2024, 5, 31), LocalDate.of(2024, 6, 15));
        assertThat(overdue).allSatisfy(line -> {
            assertThat(line.status()).isEqualTo(ActionStatus.OPEN);
            assertThat(line.completedOn()).isNull();
            assertThat(line.meetingDate()).isEqualTo(M1);
        });
    }

    @Test
    void beforeItsDueDateWasMovedA2WasDueAtTheEndOfApril() {
        // On 2024-04-24 (the move to 06-15 was recorded 04-25) A2 was due 04-30: open, not overdue.
        // Nothing was overdue that day: A1 was done (03-20), A9 due 05-31, A0 done.
        ActionSummary a2 = rows(filter(null, LocalDate.of(2024, 4, 24))).stream()
                .filter(line -> line.id().equals(A2)).findFirst().orElseThrow();

        assertThat(a2.dueDate()).isEqualTo(LocalDate.of(2024, 4, 30));
        assertThat(a2.overdue()).isFalse();
        assertThat(rows(filter(true, LocalDate.of(2024, 4, 24)))).isEmpty();
    }

    @Test
    void onTheFifthOfJulyOnlyA3IsOverdueAndItIsDorteS() {
        // On 2024-07-05: A2 done 06-20, A9 done 06-25 (completion day, recorded 06-26), A7 cancelled 07-01.
        // A3 due 06-30, completed only 07-10 -> overdue; owned by Dorte since 06-01.
        List<ActionSummary> overdue = rows(filter(true, LocalDate.of(2024, 7, 5)));

        assertThat(overdue).extracting(ActionSummary::id).containsExactly(A3);
        assertThat(overdue.get(0).owner().personId()).isEqualTo(DORTE);
        assertThat(overdue.get(0).owner().name()).isEqualTo("Dorte Dahl");
    }

    @Test
    void onTheDayOfMeetingFourNothingAgreedThereExistsYetTheDayBefore() {
        // A4 and A5 were agreed at M4 (2024-09-12): not on the list of 09-11, on the list of 09-12.
        assertThat(rows(filter(null, M4.minusDays(1)))).extracting(ActionSummary::id).doesNotContain(A4, A5);
        assertThat(rows(filter(null, M4))).extracting(ActionSummary::id).contains(A4, A5);
    }

    @Test
    void theChairSOverviewInMidJanuary() {
        LocalDate on = LocalDate.of(2025, 1, 15);
        // open on 2025-01-15: A4 (due 2024-10-31) and A6 (due 2025-01-31); every other action is done or cancelled.
        // overdue: A4 only.  completed in the last 90 days, 2024-10-18 .. 2025-01-15 (14 + 30 + 31 + 15 = 90
        // days, both ends included): A5 (2024-12-20), A8 (2025-01-05), most recent first; the others were
        // completed by 07-10.
        ActionOverview overview = ActionList.overview(new BodyRef(FKU, "FKU"), script.actions().values(),
                script.meetings(), on, script.names());

        assertThat(overview.open().count()).isEqualTo(2);
        assertThat(overview.open().actions()).extracting(ActionSummary::id).containsExactly(A4, A6);
        assertThat(overview.overdue().count()).isEqualTo(1);
        assertThat(overview.overdue().actions()).extracting(ActionSummary::id).containsExactly(A4);
        assertThat(overview.completedSince()).isEqualTo(LocalDate.of(2024, 10, 18));
        assertThat(overview.completed().count()).isEqualTo(2);
        assertThat(overview.completed().actions()).extracting(ActionSummary::id).containsExactly(A8, A5);
    }

    // ---- the evaluator figures for 2024

    @Test
    void meetingsHeldAgainstTheCadence() {
        BodyStatistics figures = figures2024();

        // in 2024: M1, M2, M4, M5 held; M3 cancelled; M6 never held. M0 lies in 2023.
        assertThat(figures.meetings().held()).isEqualTo(4);
        assertThat(figures.meetings().cancelled()).isEqualTo(1);
        // a whole calendar year: 4 x 366/366 = 4 expected; held 4 / 4 = 1.0
        assertThat(figures.meetings().meetingsPerYear()).isEqualTo(4);
        assertThat(figures.meetings().expected()).isCloseTo(4.0, within(1e-9));
        assertThat(figures.meetings().heldOfExpected()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void attendanceRatePerMember() {
        BodyStatistics.Attendance attendance = figures2024().attendance();

        // expected at a held meeting = chair or member that day:
        //   M1: Anna, Bent, Dorte   M2: Anna, Bent, Dorte   M4: Anna, Carla, Dorte   M5: Anna, Carla, Dorte
        // Anna:  4 expected, present M1, M2, M4          = 3 -> 3/4 = 0.75
        // Bent:  2 expected (left 06-30), present M1     = 1 -> 1/2 = 0.5
        // Carla: 2 expected (from 07-01), present M4, M5 = 2 -> 2/2 = 1.0
        // Dorte: 4 expected, present M2, M4, M5          = 3 -> 3/4 = 0.75; at M1 Finn sat for her: substituted 1
        // all:  12 expected, 9 present -> 0.75.  Erik (secretary) and Finn (substitute) are not expected.
        assertThat(attendance.members()).extracting(m -> m.person().name())
                .containsExactly("Anna Andersen", "Bent Berg", "Carla Clausen", "Dorte Dahl");
        assertThat(attendance.members()).extracting(BodyStatistics.Member::expected).containsExactly(4, 2, 2, 4);
        assertThat(attendance.members()).extracting(BodyStatistics.Member::present).containsExactly(3, 1, 2, 3);
        assertThat(attendance.members()).extracting(BodyStatistics.Member::substituted).containsExactly(0, 0, 0, 1);
        assertThat(attendance.members()).extracting(BodyStatistics.Member::rate)
                .containsExactly(0.75, 0.5, 1.0, 0.75);
        assertThat(attendance.expected()).isEqualTo(12);
        assertThat(attendance.present()).isEqualTo(9);
        assertThat(attendance.rate()).isEqualTo(0.75);
    }

    @Test
    void decisionsPerHeldMeeting() {
        // M1 2 + M2 2 + M4 1 + M5 1 = 6 decisions at 4 held meetings -> 1.5 per meeting
        BodyStatistics.Decisions decisions = figures2024().decisions();

        assertThat(decisions.count()).isEqualTo(6);
        assertThat(decisions.perMeeting()).isEqualTo(1.5);
    }

    @Test
    void medianDaysFromDecisionToCompletedAction() {
        // completed in 2024, days from the meeting that agreed it:
        //   A0 2023-11-20 -> 2024-01-10 = 10 + 31 + 10       =  51
        //   A1 2024-02-15 -> 03-20      = 14 (Feb, leap) + 20 =  34
        //   A2 2024-02-15 -> 06-20      = 14 + 31 + 30 + 31 + 20 = 126
        //   A9 2024-02-15 -> 06-25      = 126 + 5             = 131
        //   A3 2024-05-16 -> 07-10      = 15 + 30 + 10        =  55
        //   A5 2024-09-12 -> 12-20      = 18 + 31 + 30 + 20   =  99
        //   (A8 was completed 2025-01-05: outside the period)
        // sorted: 34, 51, 55, 99, 126, 131 -> an even count: (55 + 99) / 2 = 77.0
        BodyStatistics.Actions actions = figures2024().actions();

        assertThat(ChronoUnit.DAYS.between(M0, LocalDate.of(2024, 1, 10))).isEqualTo(51);
        assertThat(ChronoUnit.DAYS.between(M1, LocalDate.of(2024, 6, 20))).isEqualTo(126);
        assertThat(actions.completed()).isEqualTo(6);
        assertThat(actions.medianDaysFromDecisionToCompletion()).isEqualTo(77.0);
    }

    @Test
    void shareOfActionsCompletedByTheirDueDate() {
        // due in 2024 and not cancelled (A7 was cancelled; A0 was due in 2023, A6 in 2025):
        //   A1 due 03-31 done 03-20 on time     A2 due 06-15 (moved) done 06-20 late
        //   A9 due 05-31 done 06-25 late        A3 due 06-30 done 07-10 late
        //   A4 due 10-31 still open             A5 due 12-31 done 12-20 on time
        //   A8 due 12-15 done 2025-01-05 late
        // 2 on time of 7 due -> 2/7
        BodyStatistics.Actions actions = figures2024().actions();

        assertThat(actions.due()).isEqualTo(7);
        assertThat(actions.completedByDueDate()).isEqualTo(2);
        assertThat(actions.shareCompletedByDueDate()).isCloseTo(2.0 / 7, within(1e-12));
    }

    @Test
    void halfAYearExpectsHalfTheCadenceByTheDaysOfTheYear() {
        // 2024-01-01 .. 2024-06-30 = 182 days of 366 -> 4 x 182/366 = 1.989...; held: M1, M2 -> 2 / 1.989 = 1.0055
        BodyStatistics figures = Statistics.of(script.body(FKU), script.meetings().values(),
                script.actions().values(), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30), script.names());

        assertThat(figures.meetings().expected()).isCloseTo(4 * 182 / 366.0, within(1e-12));
        assertThat(figures.meetings().held()).isEqualTo(2);
        assertThat(figures.meetings().heldOfExpected()).isCloseTo(2 / (4 * 182 / 366.0), within(1e-12));
    }

    private BodyStatistics figures2024() {
        return Statistics.of(script.body(FKU), script.meetings().values(), script.actions().values(),
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), script.names());
    }

    private List<ActionSummary> rows(ActionFilter filter) {
        return ActionList.rows(script.actions().values(), script.meetings(), filter, script.names());
    }

    private static ActionFilter filter(Boolean overdue, LocalDate on) {
        return new ActionFilter(null, FKU, null, overdue, null, on);
    }

    // ---- the script

    static Script year() {
        Script s = new Script();
        LocalDate start = LocalDate.of(2020, 1, 1);
        s.on(LocalDate.of(2020, 1, 1),
                new PersonRegistered(ANNA, "Anna Andersen", null, null, "Vejle Kommune"),
                new PersonRegistered(BENT, "Bent Berg", null, null, "AAB"),
                new PersonRegistered(CARLA, "Carla Clausen", null, null, "Domea"),
                new PersonRegistered(DORTE, "Dorte Dahl", null, null, "Lejerbo"),
                new PersonRegistered(ERIK, "Erik Eriksen", null, null, "Fællessekretariatet"),
                new PersonRegistered(FINN, "Finn Friis", null, null, "Lejerbo"),
                new BodyEstablished(FKU, "Forum for Koordination og Udvikling", BodyKind.FORUM, "BolivVejle", null,
                        null, 4, null, start),
                new MemberAppointed(FKU, ANNA, MemberRole.CHAIR, null, start),
                new MemberAppointed(FKU, BENT, MemberRole.MEMBER, "AAB", start),
                new MemberAppointed(FKU, DORTE, MemberRole.MEMBER, "Lejerbo", start),
                new MemberAppointed(FKU, ERIK, MemberRole.SECRETARY, null, start),
                new MemberAppointed(FKU, FINN, MemberRole.SUBSTITUTE, "Lejerbo", start));

        Meeting m0 = meeting(s, 0, M0);
        m0.held(s);
        m0.action(s, A0, BENT, LocalDate.of(2023, 12, 31), false);

        Meeting m1 = meeting(s, 1, M1);
        s.on(M1, attended(m1, ANNA, AttendanceStatus.PRESENT, null),
                attended(m1, BENT, AttendanceStatus.PRESENT, null),
                attended(m1, DORTE, AttendanceStatus.APOLOGIES, null),
                attended(m1, FINN, AttendanceStatus.PRESENT, DORTE),
                attended(m1, ERIK, AttendanceStatus.PRESENT, null));
        m1.decisions(s, 2);
        m1.action(s, A1, BENT, LocalDate.of(2024, 3, 31), true);
        m1.action(s, A2, DORTE, LocalDate.of(2024, 4, 30), false);
        m1.action(s, A9, ANNA, LocalDate.of(2024, 5, 31), false);
        m1.held(s);

        s.on(LocalDate.of(2024, 1, 10), new ActionCompleted(A0, LocalDate.of(2024, 1, 10), null));
        s.on(LocalDate.of(2024, 3, 20), new ActionCompleted(A1, LocalDate.of(2024, 3, 20), "Budgettet er sendt"));
        s.on(LocalDate.of(2024, 4, 25), new ActionDueDateChanged(A2, LocalDate.of(2024, 4, 30),
                LocalDate.of(2024, 6, 15), "Afventer tal fra kommunen"));

        Meeting m2 = meeting(s, 2, M2);
        s.on(M2, attended(m2, ANNA, AttendanceStatus.PRESENT, null),
                attended(m2, BENT, AttendanceStatus.ABSENT, null),
                attended(m2, DORTE, AttendanceStatus.PRESENT, null));
        m2.decisions(s, 2);
        m2.action(s, A3, ANNA, LocalDate.of(2024, 6, 30), true);
        m2.action(s, A7, BENT, LocalDate.of(2024, 8, 31), false);
        m2.held(s);

        s.on(LocalDate.of(2024, 6, 1), new ActionReassigned(A3, ANNA, DORTE));
        s.on(LocalDate.of(2024, 6, 20), new ActionCompleted(A2, LocalDate.of(2024, 6, 20), null));
        s.on(LocalDate.of(2024, 6, 26), new ActionCompleted(A9, LocalDate.of(2024, 6, 25), null));
        s.on(LocalDate.of(2024, 6, 28), new MembershipEnded(FKU, BENT, LocalDate.of(2024, 6, 30), "Fratrådt"),
                new MemberAppointed(FKU, CARLA, MemberRole.MEMBER, "Domea", LocalDate.of(2024, 7, 1)));
        s.on(LocalDate.of(2024, 7, 1), new ActionCancelled(A7, "Bent er fratrådt"));
        s.on(LocalDate.of(2024, 7, 10), new ActionCompleted(A3, LocalDate.of(2024, 7, 10), null));

        Meeting m3 = meeting(s, 3, M3);
        s.on(M3.minusDays(3), new MeetingCancelled(m3.id, "For få tilmeldte"));

        Meeting m4 = meeting(s, 4, M4);
        s.on(M4, attended(m4, ANNA, AttendanceStatus.PRESENT, null),
                attended(m4, CARLA, AttendanceStatus.PRESENT, null),
                attended(m4, DORTE, AttendanceStatus.PRESENT, null));
        m4.decisions(s, 1);
        m4.action(s, A4, CARLA, LocalDate.of(2024, 10, 31), true);
        m4.action(s, A5, DORTE, LocalDate.of(2024, 12, 31), false);
        m4.held(s);

        Meeting m5 = meeting(s, 5, M5);
        s.on(M5, attended(m5, ANNA, AttendanceStatus.APOLOGIES, null),
                attended(m5, CARLA, AttendanceStatus.PRESENT, null),
                attended(m5, DORTE, AttendanceStatus.PRESENT, null));
        m5.decisions(s, 1);
        m5.action(s, A6, ANNA, LocalDate.of(2025, 1, 31), true);
        m5.action(s, A8, CARLA, LocalDate.of(2024, 12, 15), false);
        m5.held(s);

        meeting(s, 6, M6);
        s.on(LocalDate.of(2024, 12, 20), new ActionCompleted(A5, LocalDate.of(2024, 12, 20), null));
        s.on(LocalDate.of(2025, 1, 6), new ActionCompleted(A8, LocalDate.of(2025, 1, 5), "Sendt til BPS"));
        return s;
    }

    /** A meeting of FKU, scheduled a month before it, with one decision item. */
    static Meeting meeting(Script s, int number, LocalDate day) {
        Meeting meeting = new Meeting(MeetingId.of("00000000-0000-0000-0000-0000000e000" + number),
                AgendaItemId.of("00000000-0000-0000-0000-0000000a000" + number), day);
        s.on(day.minusMonths(1),
                new MeetingScheduled(meeting.id, FKU, day.atTime(14, 0), day.atTime(16, 0), "Rådhuset"),
                new AgendaItemAdded(meeting.id, meeting.item, "Punkt " + number, AgendaItemKind.DECISION, null, null,
                        false));
        return meeting;
    }

    static AttendanceRecorded attended(Meeting meeting, PersonId person, AttendanceStatus status,
                                       PersonId substituteFor) {
        return new AttendanceRecorded(meeting.id, person, status, substituteFor, null, null, null);
    }

    static final class Meeting {
        final MeetingId id;
        final AgendaItemId item;
        final LocalDate day;
        DecisionId first;

        Meeting(MeetingId id, AgendaItemId item, LocalDate day) {
            this.id = id;
            this.item = item;
            this.day = day;
        }

        void held(Script s) {
            s.on(day, new MeetingOpened(id), new MeetingClosed(id));
        }

        void decisions(Script s, int count) {
            for (int i = 0; i < count; i++) {
                DecisionId decision = DecisionId.random();
                if (first == null) {
                    first = decision;
                }
                s.on(day, new DecisionRecorded(id, item, decision, "Beslutning " + (i + 1), DecisionOutcome.ADOPTED,
                        null, null, null, null, false));
            }
        }

        /** Agreed in the meeting: ActionAgreed and ActionItemOpened recorded together, as the aggregates do. */
        void action(Script s, ActionId action, PersonId owner, LocalDate due, boolean onTheDecision) {
            DecisionId decision = onTheDecision ? first : null;
            String text = "Handling " + action.value().toString().substring(35);
            s.on(day, new ActionAgreed(id, item, action, text, owner, due, decision),
                    new ActionItemOpened(action, FKU, id, item, decision, text, owner, due));
        }
    }

    private static PersonId person(int n) {
        return PersonId.of("00000000-0000-0000-0000-0000000000" + String.format("%02d", n));
    }

    private static ActionId action(int n) {
        return ActionId.of("00000000-0000-0000-0000-00000000a00" + n);
    }
}
