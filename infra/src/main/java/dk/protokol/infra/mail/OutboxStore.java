package dk.protokol.infra.mail;

import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The outbox table ({@code mail_outbox}, V22): queued once per (source, recipient, kind), claimed one row at a time by
 * the sender ({@code FOR UPDATE SKIP LOCKED}: a row another node holds is passed over, so only one node sends it),
 * redacted when its recipient is erased.
 */
@Component
public class OutboxStore {

    public static final String QUEUED = "QUEUED";
    public static final String SENT = "SENT";
    public static final String FAILED = "FAILED";
    /** Why a row of a person without an address is FAILED from the start (the outbox page shows it). */
    public static final String NO_ADDRESS = "Personen har ingen e-mailadresse.";

    /** How many due rows a claim looks at before it gives up for this round (the others' senders hold them). */
    static final int CANDIDATES = 20;

    private final JdbcTemplate jdbc;

    public OutboxStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A mail to queue. {@code calendar}/{@code calendarMethod}: the invitation (null: none). */
    public record NewMail(String sourceKey, MailKind kind, Recipient to, MeetingId meetingId, ActionId actionId,
                          Collection<BodyId> bodies, MailText text, String calendar, String calendarMethod) {
    }

    /** A row as the sender needs it. */
    public record Row(long id, MailKind kind, PersonId personId, String address, MeetingId meetingId,
                      ActionId actionId, String subject, String text, String html, String calendar,
                      String calendarMethod, int attempts, String messageId) {
    }

    /**
     * Queues the mail unless the same source already queued it for the same person and kind (a redelivered event, a
     * second run of the reminders): answers whether a row was added. A recipient without an address gets a row in
     * state FAILED that says so, so the secretary sees who was not reached.
     */
    public boolean queue(NewMail mail, Instant now) {
        // the person's key row, locked: an erasure in progress is waited for (and then nothing is queued), and an
        // erasure that comes later waits for this transaction and then redacts what it queued
        List<Object> erasedAt = jdbc.queryForList("SELECT erased_at FROM person_key WHERE person_id = ? FOR UPDATE",
                Object.class, mail.to().personId().value());
        if (!erasedAt.isEmpty() && erasedAt.get(0) != null) {
            return false;
        }
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE source_key = ? AND person_id = ?"
                + " AND kind = ?", Integer.class, mail.sourceKey(), mail.to().personId().value(), mail.kind().name());
        if (existing != null && existing > 0) {
            return false;
        }
        boolean reachable = mail.to().address() != null;
        Timestamp at = Timestamp.from(now);
        jdbc.update("INSERT INTO mail_outbox (source_key, kind, person_id, address, language, meeting_id, action_id,"
                        + " body_ids, subject, text_body, html_body, calendar, calendar_method, state, attempts,"
                        + " next_attempt_at, last_error, message_id, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)",
                mail.sourceKey(), mail.kind().name(), mail.to().personId().value(), mail.to().address(),
                mail.to().english() ? "en" : "da",
                mail.meetingId() == null ? null : mail.meetingId().value(),
                mail.actionId() == null ? null : mail.actionId().value(),
                mail.bodies().stream().map(BodyId::toString).distinct().collect(Collectors.joining(",")),
                truncate(mail.text().subject(), 400), mail.text().text(), mail.text().html(), mail.calendar(),
                mail.calendarMethod(), reachable ? QUEUED : FAILED, at, reachable ? null : NO_ADDRESS,
                // filled in below from the id: one Message-ID per row, the same on every attempt
                "pending", at);
        jdbc.update("UPDATE mail_outbox SET message_id = CONCAT('<outbox-', CAST(id AS VARCHAR(20)), '@protokol>')"
                        + " WHERE source_key = ? AND person_id = ? AND kind = ?",
                mail.sourceKey(), mail.to().personId().value(), mail.kind().name());
        return true;
    }

    /**
     * The next row due for sending, locked for this transaction; a row locked by another node's sender is skipped.
     * Call inside a transaction and finish the row (sent or failed) in it.
     */
    public Optional<Row> claimNext(Instant now) {
        // the candidates first, unlocked; then each is locked alone, skipped when another sender holds it (H2 applies
        // LIMIT before it skips locked rows, so one "LIMIT 1 ... SKIP LOCKED" would find nothing behind a held row)
        List<Long> candidates = jdbc.queryForList("SELECT id FROM mail_outbox WHERE state = 'QUEUED'"
                + " AND address IS NOT NULL AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT "
                + CANDIDATES, Long.class, Timestamp.from(now));
        for (Long candidate : candidates) {
            List<Row> locked = jdbc.query("SELECT id, kind, person_id, address, meeting_id, action_id, subject,"
                            + " text_body, html_body, calendar, calendar_method, attempts, message_id FROM mail_outbox"
                            + " WHERE id = ? AND state = 'QUEUED' AND address IS NOT NULL AND next_attempt_at <= ?"
                            + " FOR UPDATE SKIP LOCKED",
                    OutboxStore::row, candidate, Timestamp.from(now));
            if (!locked.isEmpty()) {
                return Optional.of(locked.get(0));
            }
        }
        return Optional.empty();
    }

    public void markSent(long id, Instant now) {
        jdbc.update("UPDATE mail_outbox SET state = 'SENT', attempts = attempts + 1, sent_at = ?, last_error = NULL"
                + " WHERE id = ?", Timestamp.from(now), id);
    }

    /** A failed attempt: tried again at {@code nextAttempt}, or FAILED for good when {@code giveUp}. */
    public void markAttemptFailed(long id, String error, Instant nextAttempt, boolean giveUp) {
        jdbc.update("UPDATE mail_outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, state = ?"
                        + " WHERE id = ?", truncate(error, 400), Timestamp.from(nextAttempt), giveUp ? FAILED : QUEUED,
                id);
    }

    /**
     * The person was erased: their mails not yet sent are deleted, and the sent or failed ones keep only what says
     * that a mail went (kind, subject, when, the attempts): address, text, HTML, invitation and error are blanked.
     */
    public int redact(PersonId person, Instant now) {
        int deleted = jdbc.update("DELETE FROM mail_outbox WHERE person_id = ? AND state = 'QUEUED'", person.value());
        int redacted = jdbc.update("UPDATE mail_outbox SET address = NULL, text_body = NULL, html_body = NULL,"
                + " calendar = NULL, last_error = NULL, redacted_at = ? WHERE person_id = ?", Timestamp.from(now),
                person.value());
        return deleted + redacted;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), MailKind.valueOf(rs.getString("kind")),
                PersonId.of(rs.getObject("person_id", UUID.class)), rs.getString("address"),
                rs.getObject("meeting_id") == null ? null : MeetingId.of(rs.getObject("meeting_id", UUID.class)),
                rs.getObject("action_id") == null ? null : ActionId.of(rs.getObject("action_id", UUID.class)),
                rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body"),
                rs.getString("calendar"), rs.getString("calendar_method"), rs.getInt("attempts"),
                rs.getString("message_id"));
    }

    static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
