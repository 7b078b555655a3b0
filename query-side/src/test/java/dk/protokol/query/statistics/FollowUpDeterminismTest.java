package dk.protokol.query.statistics;

import dk.protokol.events.action.ActionItemEvent;
import dk.protokol.events.meeting.MeetingEvent;
import dk.protokol.query.actions.ActionFold;
import dk.protokol.query.actions.ActionState;
import dk.protokol.query.actions.MeetingDigest;
import dk.protokol.query.actions.MeetingDigestFold;
import dk.protokol.query.actions.Script;
import dk.protokol.query.common.Stamp;
import dk.protokol.query.common.RecordedEvent;
import dk.protokol.query.common.ViewJson;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN principle 1 for the follow-up views: the live projections reload their state from JSON before
 * every event, a replay keeps it in memory; both must end with the same bytes, every time.
 */
class FollowUpDeterminismTest {

    private final Script year = ScriptedYearTest.year();

    @Test
    void theLiveWayThroughStoredJsonGivesTheSameBytesAsFoldingInMemory() {
        assertThat(foldedThroughJson()).isEqualTo(foldedInMemory());
    }

    @Test
    void foldingTheSameEventsTwiceGivesIdenticalJson() {
        assertThat(foldedThroughJson()).isEqualTo(foldedThroughJson());
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

    private Map<String, String> foldedThroughJson() {
        Map<String, String> rows = new TreeMap<>();
        for (RecordedEvent recorded : year.recorded()) {
            if (recorded.payload() instanceof ActionItemEvent event) {
                String key = "action " + event.actionId();
                ActionState current = rows.containsKey(key) ? ViewJson.read(rows.get(key), ActionState.class) : null;
                rows.put(key, ViewJson.write(ActionFold.apply(current, event, Stamp.of(recorded))));
            } else if (recorded.payload() instanceof MeetingEvent event) {
                String key = "meeting " + event.meetingId();
                MeetingDigest current = rows.containsKey(key) ? ViewJson.read(rows.get(key), MeetingDigest.class)
                        : null;
                rows.put(key, ViewJson.write(MeetingDigestFold.apply(current, event)));
            }
        }
        return rows;
    }
}
