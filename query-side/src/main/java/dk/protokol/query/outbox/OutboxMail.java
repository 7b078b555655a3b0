package dk.protokol.query.outbox;

import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;

import java.time.Instant;

/**
 * One mail of the outbox as the secretary reads it ({@code GET /api/outbox}, the page {@code /udbakke}): to whom
 * (the person's name as the people view reads it today, "Slettet person" once erased; the address as queued, null
 * once redacted or when the person had none), what (kind, subject, the plain text), and how it went: {@code state}
 * QUEUED (waiting; without an SMTP server it stays so), SENT or FAILED, with the attempts and the last error.
 */
public record OutboxMail(long id, String kind, PersonId personId, String recipientName, String to, String language,
                         MeetingId meetingId, ActionId actionId, String subject, String text, String state,
                         int attempts, String lastError, Instant createdAt, Instant nextAttemptAt, Instant sentAt,
                         boolean redacted) {
}
