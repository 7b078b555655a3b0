package dk.protokol.query.actions;

import dk.protokol.events.query.actions.ActionFilter;
import dk.protokol.events.query.actions.ActionStatus;
import dk.protokol.events.action.ActionCompleted;
import dk.protokol.events.action.ActionItemOpened;
import dk.protokol.events.action.ActionReassigned;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.AgendaItemAdded;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.MeetingScheduled;
import dk.protokol.events.organisation.BodyEstablished;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.PersonRegistered;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The filters of the action list, each judged on the list's day, and its order. */
class ActionListTest {

    static final BodyId BPS = BodyId.of("00000000-0000-0000-0000-0000000000b1");
    static final BodyId FKU = BodyId.of("00000000-0000-0000-0000-0000000000b2");
    static final MeetingId BPS_MEETING = MeetingId.of("00000000-0000-0000-0000-0000000000e1");
    static final MeetingId FKU_MEETING = MeetingId.of("00000000-0000-0000-0000-0000000000e2");
    static final AgendaItemId BPS_ITEM = AgendaItemId.of("00000000-0000-0000-0000-0000000000d1");
    static final AgendaItemId FKU_ITEM = AgendaItemId.of("00000000-0000-0000-0000-0000000000d2");
    static final PersonId ANNA = PersonId.of("00000000-0000-0000-0000-0000000000a5");
    static final PersonId BO = PersonId.of("00000000-0000-0000-0000-0000000000a1");
    static final ActionId BUDGET = ActionId.of("00000000-0000-0000-0000-0000000000c1");
    static final ActionId LETTER = ActionId.of("00000000-0000-0000-0000-0000000000c2");
    static final ActionId SURVEY = ActionId.of("00000000-0000-0000-0000-0000000000c3");
    static final ActionId REPORT = ActionId.of("00000000-0000-0000-0000-0000000000c4");
    static final LocalDate DAY = LocalDate.of(2024, 3, 5);

    /**
     * BPS: BUDGET (Anna, due 03-20), LETTER (Anna, due 04-01, handed to Bo 03-25), REPORT (Bo, no due date).
     * FKU: SURVEY (Bo, due 03-15, completed 03-18).
     */
    private final Script script = new Script()
            .on(DAY.minusDays(14),
                    new PersonRegistered(ANNA, "Anna Andersen", null, null, null),
                    new PersonRegistered(BO, "Bo Borgmester", null, null, null),
                    new BodyEstablished(BPS, "Boligpolitisk Styregruppe", BodyKind.STEERING_GROUP, "BolivVejle", null,
                            null, 4, null, DAY.minusYears(1)),
                    new BodyEstablished(FKU, "Forum for Koordination og Udvikling", BodyKind.FORUM, "BolivVejle",
                            null, null, 4, null, DAY.minusYears(1)),
                    new MeetingScheduled(BPS_MEETING, BPS, DAY.atTime(14, 0), DAY.atTime(16, 0), "Rådhuset"),
                    new AgendaItemAdded(BPS_MEETING, BPS_ITEM, "Budget", AgendaItemKind.DECISION, null, null, false),
                    new MeetingScheduled(FKU_MEETING, FKU, DAY.atTime(9, 0), DAY.atTime(11, 0), "Rådhuset"),
                    new AgendaItemAdded(FKU_MEETING, FKU_ITEM, "Undersøgelse", AgendaItemKind.DECISION, null, null,
                            false))
            .on(DAY,
                    new ActionItemOpened(BUDGET, BPS, BPS_MEETING, BPS_ITEM, null, "Budget", ANNA, DAY.plusDays(15)),
                    new ActionItemOpened(LETTER, BPS, BPS_MEETING, BPS_ITEM, null, "Brev", ANNA, DAY.plusDays(27)),
                    new ActionItemOpened(REPORT, BPS, BPS_MEETING, BPS_ITEM, null, "Rapport", BO, null),
                    new ActionItemOpened(SURVEY, FKU, FKU_MEETING, FKU_ITEM, null, "Undersøgelse", BO,
                            DAY.plusDays(10)))
            .on(LocalDate.of(2024, 3, 18), new ActionCompleted(SURVEY, LocalDate.of(2024, 3, 18), null))
            .on(LocalDate.of(2024, 3, 25), new ActionReassigned(LETTER, ANNA, BO));

    private List<ActionId> ids(ActionStatus status, BodyId body, PersonId owner, Boolean overdue,
                               LocalDate dueBefore, LocalDate on) {
        return ActionList.rows(script.actions().values(), script.meetings(),
                        new ActionFilter(status, body, owner, overdue, dueBefore, on), script.names())
                .stream().map(ActionSummary::id).toList();
    }

    @Test
    void soonestDueFirstAndNoDueDateLast() {
        assertThat(ids(null, null, null, null, null, DAY)).containsExactly(SURVEY, BUDGET, LETTER, REPORT);
    }

    @Test
    void byBody() {
        assertThat(ids(null, FKU, null, null, null, DAY)).containsExactly(SURVEY);
        assertThat(ids(null, BPS, null, null, null, DAY)).containsExactly(BUDGET, LETTER, REPORT);
    }

    @Test
    void byStatusOnTheDay() {
        assertThat(ids(ActionStatus.DONE, null, null, null, null, LocalDate.of(2024, 3, 17))).isEmpty();
        assertThat(ids(ActionStatus.DONE, null, null, null, null, LocalDate.of(2024, 3, 18))).containsExactly(SURVEY);
        assertThat(ids(ActionStatus.OPEN, null, null, null, null, LocalDate.of(2024, 3, 18)))
                .containsExactly(BUDGET, LETTER, REPORT);
    }

    @Test
    void byTheOwnerOfTheDay() {
        assertThat(ids(null, null, ANNA, null, null, LocalDate.of(2024, 3, 24))).containsExactly(BUDGET, LETTER);
        assertThat(ids(null, null, ANNA, null, null, LocalDate.of(2024, 3, 25))).containsExactly(BUDGET);
        assertThat(ids(null, null, BO, null, null, LocalDate.of(2024, 3, 25))).containsExactly(SURVEY, LETTER, REPORT);
    }

    @Test
    void overdueAndNotOverdue() {
        // on 03-17: SURVEY due 03-15 and not yet completed; BUDGET due 03-20 not yet
        assertThat(ids(null, null, null, true, null, LocalDate.of(2024, 3, 17))).containsExactly(SURVEY);
        assertThat(ids(null, null, null, false, null, LocalDate.of(2024, 3, 17)))
                .containsExactly(BUDGET, LETTER, REPORT);
        // on 03-21: SURVEY is done, BUDGET overdue
        assertThat(ids(null, null, null, true, null, LocalDate.of(2024, 3, 21))).containsExactly(BUDGET);
    }

    @Test
    void dueBeforeADayLeavesOutThoseWithoutADueDate() {
        assertThat(ids(null, null, null, null, LocalDate.of(2024, 3, 20), DAY)).containsExactly(SURVEY);
        assertThat(ids(null, null, null, null, LocalDate.of(2024, 3, 21), DAY)).containsExactly(SURVEY, BUDGET);
    }

    @Test
    void aLineNamesOwnerBodyMeetingAndItem() {
        ActionSummary line = ActionList.rows(script.actions().values(), script.meetings(),
                new ActionFilter(null, FKU, null, null, null, DAY), script.names()).get(0);

        assertThat(line.owner().name()).isEqualTo("Bo Borgmester");
        assertThat(line.body().name()).isEqualTo("Forum for Koordination og Udvikling");
        assertThat(line.meetingId()).isEqualTo(FKU_MEETING);
        assertThat(line.meetingDate()).isEqualTo(DAY);
        assertThat(line.itemTitle()).isEqualTo("Undersøgelse");
    }
}
