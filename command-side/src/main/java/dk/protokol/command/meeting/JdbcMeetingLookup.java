package dk.protokol.command.meeting;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The meeting lookup on {@code cmd_meeting_lookup} (V5, the day since V9) and {@code cmd_meeting_joint_body} (V11); joins the command's transaction like
 * the org lookup.
 */
@Component
public class JdbcMeetingLookup implements MeetingLookup {

    private final JdbcTemplate jdbc;

    public JdbcMeetingLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<BodyId> bodyOf(MeetingId meeting) {
        return jdbc.query("SELECT body_id FROM cmd_meeting_lookup WHERE meeting_id = ?",
                (row, n) -> BodyId.of(row.getObject("body_id", UUID.class)), meeting.value()).stream().findFirst();
    }

    /** One query: the calling body first (order 0), then the joint bodies in the order they were added. */
    @Override
    public List<BodyId> bodiesOf(MeetingId meeting) {
        return jdbc.query("SELECT body_id, 0 AS added FROM cmd_meeting_lookup WHERE meeting_id = ?"
                        + " UNION ALL SELECT body_id, added FROM cmd_meeting_joint_body WHERE meeting_id = ?"
                        + " ORDER BY added",
                (row, n) -> BodyId.of(row.getObject("body_id", UUID.class)), meeting.value(), meeting.value());
    }

    @Override
    public Optional<LocalDate> dayOf(MeetingId meeting) {
        return jdbc.query("SELECT meeting_day FROM cmd_meeting_lookup WHERE meeting_id = ?",
                (row, n) -> row.getDate("meeting_day"), meeting.value()).stream()
                .filter(Objects::nonNull).map(Date::toLocalDate).findFirst();
    }

    void addMeeting(MeetingId meeting, BodyId body, LocalDate day) {
        jdbc.update("INSERT INTO cmd_meeting_lookup (meeting_id, body_id, meeting_day) VALUES (?, ?, ?)",
                meeting.value(), body.value(), day);
    }

    void addJointBody(MeetingId meeting, BodyId body) {
        jdbc.update("INSERT INTO cmd_meeting_joint_body (meeting_id, body_id) VALUES (?, ?)", meeting.value(),
                body.value());
    }

    void withdrawJointBody(MeetingId meeting, BodyId body) {
        jdbc.update("DELETE FROM cmd_meeting_joint_body WHERE meeting_id = ? AND body_id = ?", meeting.value(),
                body.value());
    }

    void moveMeeting(MeetingId meeting, LocalDate day) {
        jdbc.update("UPDATE cmd_meeting_lookup SET meeting_day = ? WHERE meeting_id = ?", day, meeting.value());
    }

    /** Minutes whose body approves tacitly, from the end of their objection period ({@code cmd_tacit_approval_due}, V23). */
    void awaitTacitApproval(MeetingId meeting, Instant endsAt) {
        jdbc.update("INSERT INTO cmd_tacit_approval_due (meeting_id, ends_at) VALUES (?, ?)", meeting.value(),
                Timestamp.from(endsAt));
    }

    void approved(MeetingId meeting) {
        jdbc.update("DELETE FROM cmd_tacit_approval_due WHERE meeting_id = ?", meeting.value());
    }

    /**
     * The meetings whose objection period ended by {@code now} with tacit approval and whose minutes are not approved
     * yet, oldest period first: candidates only, the meeting decides (an open objection holds it back).
     */
    public List<MeetingId> dueForTacitApproval(Instant now, int limit) {
        return jdbc.query("SELECT meeting_id FROM cmd_tacit_approval_due WHERE ends_at <= ? ORDER BY ends_at, meeting_id"
                        + " FETCH FIRST " + limit + " ROWS ONLY",
                (row, n) -> MeetingId.of(row.getObject("meeting_id", UUID.class)), Timestamp.from(now));
    }
}
