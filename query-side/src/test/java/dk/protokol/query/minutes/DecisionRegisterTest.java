package dk.protokol.query.minutes;

import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.events.meeting.DecisionRecorded;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dk.protokol.query.minutes.Referat.BPS;
import static dk.protokol.query.minutes.Referat.BUDGET;
import static dk.protokol.query.minutes.Referat.BUDGET_DECISION;
import static dk.protokol.query.minutes.Referat.MARCH;
import static dk.protokol.query.minutes.Referat.MARCH_START;
import static dk.protokol.query.minutes.Referat.STANDING;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link DecisionRegister}: a meeting's rows in the register and how a reader sees them. */
class DecisionRegisterTest {

    @Test
    void aDecisionIsPlacedByMeetingBodyAndItem() {
        assertThat(DecisionRegister.rows(Referat.state(MARCH))).containsExactly(new DecisionRow(BUDGET_DECISION,
                MARCH, BPS, MARCH_START, 0, BUDGET, 2, "Budget 2025", "Styregruppen godkender budget 2025.",
                DecisionOutcome.ADOPTED));
    }

    @Test
    void decisionsFollowAgendaOrderThenTheOrderOfRecording() {
        DecisionId agenda = DecisionId.random();
        MeetingState state = MinutesFold.apply(Referat.state(MARCH), new DecisionRecorded(MARCH, STANDING, agenda,
                "Dagsordenen godkendt", DecisionOutcome.ADOPTED, null, null, null, null, true),
                new Recording(Referat.FIRST_RECORDED, null));

        List<DecisionRow> rows = DecisionRegister.rows(state);

        assertThat(rows).extracting(DecisionRow::decisionId).containsExactly(agenda, BUDGET_DECISION);
        assertThat(rows).extracting(DecisionRow::position).containsExactly(0, 1);
        assertThat(rows).extracting(DecisionRow::itemNumber).containsExactly(1, 2);
    }

    @Test
    void anEntryNamesTheBodyAndTheOutcomeInDanish() {
        DecisionEntry entry = DecisionRegister.entry(DecisionRegister.rows(Referat.state(MARCH)).get(0),
                Referat.directory());

        assertThat(entry.bodyName()).isEqualTo("Boligpolitisk Styregruppe");
        assertThat(entry.organisation()).isEqualTo("BolivVejle");
        assertThat(entry.outcomeLabel()).isEqualTo("vedtaget");
        assertThat(entry.itemTitle()).isEqualTo("Budget 2025");
    }

    @Test
    void noMeetingHasNoRows() {
        assertThat(DecisionRegister.rows(null)).isEmpty();
    }
}
