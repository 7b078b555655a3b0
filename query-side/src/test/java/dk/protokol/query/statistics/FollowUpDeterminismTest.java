package dk.protokol.query.statistics;

import dk.protokol.events.action.ActionItemEvent;
import dk.protokol.events.meeting.MeetingEvent;
import dk.protokol.query.actions.ActionFold;
import dk.protokol.query.actions.ActionState;
import dk.protokol.query.actions.MeetingDigest;
import dk.protokol.query.actions.MeetingDigestFold;
import dk.protokol.query.actions.Script;
import dk.protokol.query.common.BatchedFold;
import dk.protokol.query.common.BatchedFold.Step;
import dk.protokol.query.common.RecordedEvent;
import dk.protokol.query.common.Stamp;
import dk.protokol.query.common.ViewJson;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN principle 1 for the follow-up views: the live projections reload their state from JSON before
 * every event, a replay keeps it in memory, a projection that kept a batch's rows in memory would do some of
 * each; all must end with the same bytes.
 */
class FollowUpDeterminismTest {

    private final Script year = ScriptedYearTest.year();

    @Test
    void theLiveWayThroughStoredJsonGivesTheSameBytesAsFoldingInMemory() {
        assertThat(BatchedFold.rows(year.recorded(), 1, FollowUpDeterminismTest::step)).isEqualTo(foldedInMemory());
    }

    @Test
    void rowsKeptInMemoryForABatchOfAnySizeGiveTheSameBytesAsFoldingInMemory() {
        Map<String, String> inMemory = foldedInMemory();
        List<RecordedEvent> recorded = year.recorded();
        for (int size : BatchedFold.batchSizes(recorded.size())) {
            assertThat(BatchedFold.rows(recorded, size, FollowUpDeterminismTest::step))
                    .as("in batches of %d events", size).isEqualTo(inMemory);
        }
    }

    @Test
    void storedStateReadsBackUnchanged() {
        year.actions().values().forEach(action ->
                assertThat(ViewJson.read(ViewJson.write(action), ActionState.class)).isEqualTo(action));
        year.meetings().values().forEach(meeting ->
                assertThat(ViewJson.read(ViewJson.write(meeting), MeetingDigest.class)).isEqualTo(meeting));
    }

    private Map<String, String> foldedInMemory() {
        Map<String, String> rows = new TreeMap<>();
        year.actions().forEach((id, action) -> rows.put("action " + id, ViewJson.write(action)));
        year.meetings().forEach((id, meeting) -> rows.put("meeting " + id, ViewJson.write(meeting)));
        return rows;
    }

    private static Step<?> step(RecordedEvent recorded) {
        if (recorded.payload() instanceof ActionItemEvent event) {
            return new Step<>("action " + event.actionId(), ActionState.class,
                    state -> ActionFold.apply(state, event, Stamp.of(recorded)));
        }
        if (recorded.payload() instanceof MeetingEvent event) {
            return new Step<>("meeting " + event.meetingId(), MeetingDigest.class,
                    state -> MeetingDigestFold.apply(state, event));
        }
        return null;
    }
}
