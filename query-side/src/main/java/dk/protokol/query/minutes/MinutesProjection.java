package dk.protokol.query.minutes;

import dk.protokol.events.ids.AttachmentId;
import dk.protokol.events.meeting.AttachmentAdded;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.meeting.MeetingEvent;
import dk.protokol.query.common.RowBatch;
import dk.protokol.query.common.ViewJson;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/**
 * The live minutes: one row per meeting holding its {@link MeetingState} as JSON, beside the columns the
 * meeting list filters on, and the bodies holding a meeting jointly ({@code minutes_joint_body}). Rows are written in the processor's transaction, together with its token.
 * Events are sequenced per aggregate, so a meeting's row is only ever touched by one thread at a time;
 * an approval therefore stays in the approved meeting's row ({@code approved_at_meeting_id}) rather
 * than being written into the row of the meeting it was approved at.
 */
@Component
@ProcessingGroup(MinutesProjection.PROCESSING_GROUP)
public class MinutesProjection {

    public static final String PROCESSING_GROUP = "minutes";
    private static final String TABLE = "minutes_view";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public MinutesProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    @EventHandler
    public void on(MeetingEvent event, @Timestamp Instant recordedAt, MetaData metaData) {
        String id = event.meetingId().toString();
        MeetingState current = RowBatch.find(jdbc, TABLE, MeetingState.class, id, MinutesProjection::meetingOf).orElse(null);
        MeetingState next = MinutesFold.apply(current, event, Recording.of(recordedAt, metaData));
        if (next == null || next.equals(current)) {
            return;
        }
        RowBatch.upsert(TABLE, id, current, next, state -> jdbc.update(
                "INSERT INTO minutes_view (id, body_id, start_at, approved_at_meeting_id, state, status) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", id, state.bodyId().toString(), state.start(), approvedAt(state),
                ViewJson.write(state), status(state)), state -> jdbc.update(
                "UPDATE minutes_view SET start_at = ?, approved_at_meeting_id = ?, state = ?, status = ? WHERE id = ?",
                state.start(), approvedAt(state), ViewJson.write(state), status(state), id));
        if (event instanceof AttachmentAdded added) {
            String attachment = added.attachmentId().toString();
            RowBatch.write("minutes_attachment", attachment, id, () -> {
                jdbc.update("DELETE FROM minutes_attachment WHERE attachment_id = ?", attachment);
                jdbc.update("INSERT INTO minutes_attachment (attachment_id, meeting_id) VALUES (?, ?)", attachment, id);
            });
        }
        if (!next.jointBodyIds().equals(current == null ? List.of() : current.jointBodyIds())) {
            List<BodyId> joint = next.jointBodyIds();
            RowBatch.write("minutes_joint_body", id, joint, () -> {
                jdbc.update("DELETE FROM minutes_joint_body WHERE meeting_id = ?", id);
                joint.forEach(body -> jdbc.update(
                        "INSERT INTO minutes_joint_body (meeting_id, body_id) VALUES (?, ?)", id, body.toString()));
            });
        }
    }

    /** The meeting whose row an event's payload writes, or null. */
    static String meetingOf(Object payload) {
        return payload instanceof MeetingEvent event ? event.meetingId().toString() : null;
    }

    private static String status(MeetingState state) {
        return state.status() == null ? null : state.status().name();
    }

    private static String approvedAt(MeetingState state) {
        return state.approvedAtMeetingId() == null ? null : state.approvedAtMeetingId().toString();
    }

    @ResetHandler
    public void reset() {
        jdbc.update("DELETE FROM minutes_attachment");
        jdbc.update("DELETE FROM minutes_joint_body");
        jdbc.update("DELETE FROM minutes_view");
    }

    public Optional<MeetingState> find(MeetingId id) {
        return jdbc.query("SELECT state FROM minutes_view WHERE id = ?",
                        (row, n) -> ViewJson.read(row.getString("state"), MeetingState.class), id.toString())
                .stream().findFirst();
    }

    /** The meeting a bilag was attached in. */
    public Optional<MeetingId> meetingOf(AttachmentId attachment) {
        return jdbc.query("SELECT meeting_id FROM minutes_attachment WHERE attachment_id = ?",
                (row, n) -> MeetingId.of(row.getString("meeting_id")), attachment.toString()).stream().findFirst();
    }

    /** The meetings whose minutes were approved at the given meeting. */
    public List<MeetingState> approvedAt(MeetingId meeting) {
        return jdbc.query("SELECT state FROM minutes_view WHERE approved_at_meeting_id = ? ORDER BY start_at, id",
                (row, n) -> ViewJson.read(row.getString("state"), MeetingState.class), meeting.toString());
    }

    /**
     * Meetings of one body (those it called and those it holds jointly; all bodies when null) starting in {@code [from, to)} (open ends when null),
     * in order of their start.
     */
    public List<MeetingState> meetings(BodyId body, LocalDateTime from, LocalDateTime to) {
        return meetings(body, from, to, null);
    }

    /**
     * As {@link #meetings(BodyId, LocalDateTime, LocalDateTime)}, only meetings in one of {@code statuses} (all when
     * null): narrowed in SQL by V24's status column (a row from before it is read and its state decides).
     */
    public List<MeetingState> meetings(BodyId body, LocalDateTime from, LocalDateTime to,
                                       Set<MeetingStatus> statuses) {
        StringBuilder sql = new StringBuilder("SELECT state FROM minutes_view WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (statuses != null) {
            if (statuses.isEmpty()) {
                return List.of();
            }
            sql.append(" AND (status IS NULL OR status IN (:statuses))");
            parameters.put("statuses", statuses.stream().map(Enum::name).sorted().toList());
        }
        if (body != null) {
            sql.append(" AND (body_id = :body"
                    + " OR id IN (SELECT meeting_id FROM minutes_joint_body WHERE body_id = :body))");
            parameters.put("body", body.toString());
        }
        if (from != null) {
            sql.append(" AND start_at >= :from");
            parameters.put("from", from);
        }
        if (to != null) {
            sql.append(" AND start_at < :to");
            parameters.put("to", to);
        }
        sql.append(" ORDER BY start_at, id");
        return named.query(sql.toString(), parameters,
                        (row, n) -> ViewJson.read(row.getString("state"), MeetingState.class)).stream()
                .filter(meeting -> statuses == null || statuses.contains(meeting.status()))
                .toList();
    }
}
