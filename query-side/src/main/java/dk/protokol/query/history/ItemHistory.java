package dk.protokol.query.history;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The history of one meeting, agenda item, decision, body or person: who did what, when, oldest first, as the
 * store knew it at {@code asOf} (null: now). {@code title} names the thing as it stood then (a meeting's body, an
 * item's title, a decision's text, a body's or a person's name); {@code meeting} is the meeting a meeting, item or
 * decision belongs to, null for bodies and people.
 */
public record ItemHistory(HistorySubject subject, UUID id, String title, MeetingRef meeting, List<Entry> entries,
                          Instant asOf) {

    public ItemHistory {
        entries = List.copyOf(entries);
    }

    /** The meeting with its body and start (local Danish time), for the heading and a link back to its minutes. */
    public record MeetingRef(MeetingId meetingId, BodyId bodyId, String bodyName, LocalDateTime start) {
    }

    /**
     * One recorded event: its global {@code position}, when it was recorded, {@code who} recorded it (the linked
     * person's name as the people view has it now, else the account's {@code userId}; null when the event carries
     * neither), {@code what} happened as a sentence, and its {@code details} as lines, in the language the history
     * was asked in (Danish unless English was asked for).
     * {@code event} is the event's type name, for machines.
     */
    public record Entry(long position, Instant recordedAt, String event, String who, String userId,
                        PersonId personId, String what, List<String> details) {

        public Entry {
            details = List.copyOf(details);
        }
    }
}
