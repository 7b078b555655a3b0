package dk.protokol.query.minutes;

import dk.protokol.query.common.RowBatch;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.events.meeting.MeetingEvent;
import dk.protokol.query.common.ViewJson;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The live decision register. The group keeps its own copy of each meeting's state (folded with
 * {@link MinutesFold}, like the minutes) in {@code decision_meeting}, and after every event that changes
 * a meeting's decisions, or their item or meeting, rewrites that meeting's rows in
 * {@code decision_register}; the bodies holding a meeting jointly in {@code decision_joint_body}. Searching the rows is {@link DecisionSearch}'s job.
 */
@Component
@ProcessingGroup(DecisionProjection.PROCESSING_GROUP)
public class DecisionProjection {

    public static final String PROCESSING_GROUP = "decisions";

    static final String COLUMNS = "decision_id, meeting_id, body_id, meeting_start, position, item_id, "
            + "item_number, item_title, decision_text, outcome";

    static final RowMapper<DecisionRow> ROW = (row, n) -> new DecisionRow(
            DecisionId.of(row.getString("decision_id")), MeetingId.of(row.getString("meeting_id")),
            BodyId.of(row.getString("body_id")), row.getObject("meeting_start", LocalDateTime.class),
            row.getInt("position"), AgendaItemId.of(row.getString("item_id")),
            row.getObject("item_number", Integer.class), row.getString("item_title"),
            row.getString("decision_text"),
            row.getString("outcome") == null ? null : DecisionOutcome.valueOf(row.getString("outcome")));

    private final JdbcTemplate jdbc;

    public DecisionProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    public void on(MeetingEvent event, @Timestamp Instant recordedAt, MetaData metaData) {
        String id = event.meetingId().toString();
        MeetingState current = RowBatch.find(jdbc, "decision_meeting", MeetingState.class, id,
                MinutesProjection::meetingOf).orElse(null);
        MeetingState next = MinutesFold.apply(current, event, Recording.of(recordedAt, metaData));
        if (next == null || next.equals(current)) {
            return;
        }
        RowBatch.upsert("decision_meeting", id, current, next,
                state -> jdbc.update("INSERT INTO decision_meeting (id, state) VALUES (?, ?)", id, ViewJson.write(state)),
                state -> jdbc.update("UPDATE decision_meeting SET state = ? WHERE id = ?", ViewJson.write(state), id));
        if (!next.jointBodyIds().equals(current == null ? List.of() : current.jointBodyIds())) {
            List<BodyId> joint = next.jointBodyIds();
            RowBatch.write("decision_joint_body", id, joint, () -> {
                jdbc.update("DELETE FROM decision_joint_body WHERE meeting_id = ?", id);
                joint.forEach(body -> jdbc.update(
                        "INSERT INTO decision_joint_body (meeting_id, body_id) VALUES (?, ?)", id, body.toString()));
            });
        }
        List<DecisionRow> rows = DecisionRegister.rows(next);
        if (!rows.equals(DecisionRegister.rows(current))) {
            RowBatch.write("decision_register", id, rows, () -> {
                jdbc.update("DELETE FROM decision_register WHERE meeting_id = ?", id);
                jdbc.batchUpdate("INSERT INTO decision_register (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        rows, rows.size(), (statement, row) -> {
                            statement.setString(1, row.decisionId().toString());
                            statement.setString(2, row.meetingId().toString());
                            statement.setString(3, row.bodyId().toString());
                            statement.setObject(4, row.meetingStart());
                            statement.setInt(5, row.position());
                            statement.setString(6, row.itemId().toString());
                            statement.setObject(7, row.itemNumber(), Types.INTEGER);
                            statement.setString(8, row.itemTitle());
                            statement.setString(9, row.text());
                            statement.setString(10, row.outcome() == null ? null : row.outcome().name());
                        });
            });
        }
    }

    @ResetHandler
    public void reset() {
        jdbc.update("DELETE FROM decision_joint_body");
        jdbc.update("DELETE FROM decision_register");
        jdbc.update("DELETE FROM decision_meeting");
    }
}
