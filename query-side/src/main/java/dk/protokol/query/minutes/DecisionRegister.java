package dk.protokol.query.minutes;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.words.Words;
import dk.protokol.query.minutes.MeetingState.DecisionState;
import dk.protokol.query.minutes.MeetingState.ItemState;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The decision register's rows of one meeting, a pure function of the meeting's state. */
public final class DecisionRegister {

    private DecisionRegister() {
    }

    /** The meeting's decisions in agenda order, then in the order they were recorded under their item. */
    public static List<DecisionRow> rows(MeetingState state) {
        if (state == null) {
            return List.of();
        }
        Map<AgendaItemId, Integer> numbers = MinutesViews.numbers(state);
        List<DecisionRow> rows = new ArrayList<>();
        for (ItemState item : state.items()) {
            for (DecisionState decision : item.decisions()) {
                rows.add(new DecisionRow(decision.decisionId(), state.meetingId(), state.bodyId(), state.start(),
                        rows.size(), item.itemId(), numbers.get(item.itemId()), item.title(),
                        decision.text() == null ? "" : decision.text(), decision.outcome()));
            }
        }
        return rows;
    }

    public static DecisionEntry entry(DecisionRow row, Directory directory) {
        return new DecisionEntry(row.decisionId(), row.text(), row.outcome(), Words.DANISH.label(row.outcome()),
                row.meetingId(), row.meetingStart(), row.bodyId(), directory.bodyName(row.bodyId()),
                directory.organisation(row.bodyId()), row.itemId(), row.itemNumber(), row.itemTitle());
    }
}
