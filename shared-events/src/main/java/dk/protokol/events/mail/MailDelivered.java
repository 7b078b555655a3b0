package dk.protokol.events.mail;

import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A mail of the outbox reached the mail server (who was sent what, when). Carries the person, never the address (the
 * address is personal data and would outlive an erasure in the event log): {@code kind} is the outbox's kind
 * (AGENDA, AGENDA_UPDATED, MEETING_CANCELLED, MINUTES_CIRCULATED, MINUTES_APPROVED, ACTION_DUE, ACTION_OVERDUE),
 * {@code meetingId} or {@code actionId} what it was about (the other null), {@code outboxId} the outbox row and
 * {@code messageId} the mail's Message-ID.
 */
@Revision("1")
public record MailDelivered(long outboxId, PersonId personId, String kind, MeetingId meetingId, ActionId actionId,
                            String subject, String messageId, Instant sentAt) implements NotificationEvent {
}
