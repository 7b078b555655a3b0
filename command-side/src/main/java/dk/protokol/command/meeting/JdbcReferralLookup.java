package dk.protokol.command.meeting;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.ReferralId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * The referral lookup on {@code cmd_referral_lookup} and {@code cmd_agenda_item_lookup} (V9), with the referring
 * meeting's body from {@code cmd_meeting_lookup}; joins the command's transaction like the org lookup.
 */
@Component
public class JdbcReferralLookup implements ReferralLookup {

    private final JdbcTemplate jdbc;

    public JdbcReferralLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<KnownReferral> referral(ReferralId id) {
        return jdbc.query("SELECT m.body_id AS from_body_id, r.from_meeting_id, r.from_item_id, i.title, r.note,"
                        + " r.target_body_id, r.accepted_meeting_id, r.accepted_item_id"
                        + " FROM cmd_referral_lookup r"
                        + " JOIN cmd_meeting_lookup m ON m.meeting_id = r.from_meeting_id"
                        + " LEFT JOIN cmd_agenda_item_lookup i"
                        + " ON i.meeting_id = r.from_meeting_id AND i.item_id = r.from_item_id"
                        + " WHERE r.referral_id = ?",
                (row, n) -> new KnownReferral(id, BodyId.of(uuid(row, "from_body_id")),
                        MeetingId.of(uuid(row, "from_meeting_id")), AgendaItemId.of(uuid(row, "from_item_id")),
                        row.getString("title"), row.getString("note"), BodyId.of(uuid(row, "target_body_id")),
                        nullable(uuid(row, "accepted_meeting_id"), MeetingId::of),
                        nullable(uuid(row, "accepted_item_id"), AgendaItemId::of)),
                id.value()).stream().findFirst();
    }

    void addItemTitle(MeetingId meeting, AgendaItemId item, String title) {
        jdbc.update("INSERT INTO cmd_agenda_item_lookup (meeting_id, item_id, title) VALUES (?, ?, ?)",
                meeting.value(), item.value(), title);
    }

    void changeItemTitle(MeetingId meeting, AgendaItemId item, String title) {
        jdbc.update("UPDATE cmd_agenda_item_lookup SET title = ? WHERE meeting_id = ? AND item_id = ?", title,
                meeting.value(), item.value());
    }

    void addReferral(ReferralId referral, MeetingId fromMeeting, AgendaItemId fromItem, BodyId target, String note) {
        jdbc.update("INSERT INTO cmd_referral_lookup (referral_id, from_meeting_id, from_item_id, target_body_id,"
                        + " note) VALUES (?, ?, ?, ?, ?)", referral.value(), fromMeeting.value(), fromItem.value(),
                target.value(), note);
    }

    /** @return false when the case was already accepted (by a command committed in between) */
    boolean markAccepted(ReferralId referral, MeetingId meeting, AgendaItemId item) {
        return jdbc.update("UPDATE cmd_referral_lookup SET accepted_meeting_id = ?, accepted_item_id = ?"
                + " WHERE referral_id = ? AND accepted_meeting_id IS NULL", meeting.value(), item.value(),
                referral.value()) == 1;
    }

    /** The item that took cases onto an agenda was withdrawn: they wait again. */
    void releaseItem(MeetingId meeting, AgendaItemId item) {
        jdbc.update("UPDATE cmd_referral_lookup SET accepted_meeting_id = NULL, accepted_item_id = NULL"
                + " WHERE accepted_meeting_id = ? AND accepted_item_id = ?", meeting.value(), item.value());
    }

    /** The meeting that took cases onto its agenda was cancelled: they wait again. */
    void releaseMeeting(MeetingId meeting) {
        jdbc.update("UPDATE cmd_referral_lookup SET accepted_meeting_id = NULL, accepted_item_id = NULL"
                + " WHERE accepted_meeting_id = ?", meeting.value());
    }

    private static UUID uuid(ResultSet row, String column) throws SQLException {
        return row.getObject(column, UUID.class);
    }

    private static <T> T nullable(UUID value, java.util.function.Function<UUID, T> id) {
        return value == null ? null : id.apply(value);
    }
}
