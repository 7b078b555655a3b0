package dk.protokol.query.minutes;

import dk.protokol.events.meeting.MeetingEvent;
import dk.protokol.query.common.BatchedFold;
import dk.protokol.query.common.BatchedFold.Step;
import dk.protokol.query.common.RecordedEvent;
import dk.protokol.query.common.ViewJson;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN principle 1: a rebuild gives byte-identical rows. The live projections reload a meeting's
 * state from JSON before every event, the as-of replay keeps it in memory, a projection that kept a batch's
 * rows in memory would do some of each; all must end with the same bytes.
 */
class MinutesDeterminismTest {

    @Test
    void theLiveWayThroughStoredJsonGivesTheSameBytesAsTheReplay() {
        assertThat(BatchedFold.rows(Referat.recorded(), 1, MinutesDeterminismTest::step))
                .isEqualTo(rowsFoldedInMemory());
    }

    @Test
    void rowsKeptInMemoryForABatchOfAnySizeGiveTheSameBytesAsTheReplay() {
        Map<String, String> replayed = rowsFoldedInMemory();
        List<RecordedEvent> recorded = Referat.recorded();
        for (int size : BatchedFold.batchSizes(recorded.size())) {
            assertThat(BatchedFold.rows(recorded, size, MinutesDeterminismTest::step))
                    .as("in batches of %d events", size).isEqualTo(replayed);
        }
    }

    @Test
    void storedStateReadsBackUnchanged() {
        MeetingState march = Referat.state(Referat.MARCH);

        assertThat(ViewJson.read(ViewJson.write(march), MeetingState.class)).isEqualTo(march);
    }

    @Test
    void theDecisionRowsOfAMeetingAreTheSameFromStoredJson() {
        MeetingState march = Referat.state(Referat.MARCH);

        assertThat(DecisionRegister.rows(ViewJson.read(ViewJson.write(march), MeetingState.class)))
                .isEqualTo(DecisionRegister.rows(march)).hasSize(1);
    }

    private static Map<String, String> rowsFoldedInMemory() {
        Map<String, String> rows = new TreeMap<>();
        rows.put(Referat.MARCH.toString(), ViewJson.write(Referat.state(Referat.MARCH)));
        rows.put(Referat.JUNE.toString(), ViewJson.write(Referat.state(Referat.JUNE)));
        return rows;
    }

    private static Step<?> step(RecordedEvent recorded) {
        MeetingEvent event = (MeetingEvent) recorded.payload();
        return new Step<>(event.meetingId().toString(), MeetingState.class,
                state -> MinutesFold.apply(state, event, Recording.of(recorded)));
    }
}
