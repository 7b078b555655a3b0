package dk.protokol.query.minutes;

import dk.protokol.events.meeting.MeetingEvent;
import dk.protokol.query.common.RecordedEvent;
import dk.protokol.query.common.ViewJson;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN principle 1: a rebuild gives byte-identical rows. The live projections reload a meeting's
 * state from JSON before every event, the as-of replay keeps it in memory; both must end with the same
 * bytes, every time.
 */
class MinutesDeterminismTest {

    @Test
    void foldingTheSameEventsTwiceGivesIdenticalJson() {
        assertThat(rowsFoldedInMemory()).isEqualTo(rowsFoldedInMemory());
    }

    @Test
    void theLiveWayThroughStoredJsonGivesTheSameBytesAsTheReplay() {
        assertThat(rowsFoldedThroughJson()).isEqualTo(rowsFoldedInMemory());
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

    private static Map<String, String> rowsFoldedThroughJson() {
        Map<String, String> rows = new TreeMap<>();
        for (RecordedEvent recorded : Referat.recorded()) {
            MeetingEvent event = (MeetingEvent) recorded.payload();
            String id = event.meetingId().toString();
            MeetingState current = rows.containsKey(id) ? ViewJson.read(rows.get(id), MeetingState.class) : null;
            rows.put(id, ViewJson.write(MinutesFold.apply(current, event, Recording.of(recorded))));
        }
        return rows;
    }
}
