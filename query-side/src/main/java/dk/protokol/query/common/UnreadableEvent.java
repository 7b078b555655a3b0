package dk.protokol.query.common;

/**
 * A stored event that cannot be read any more (its JSON broken, or its payload type unknown to this version), as
 * the history tells it instead of failing (issue 13): where it is (its global position), its id, and
 * what it says it is. {@code reason} is the reader's own message, for an administrator.
 */
public record UnreadableEvent(long position, String eventId, String payloadType, String payloadRevision, String reason) {

    /** The stored type's simple name: {@code AgendaItemAdded} for {@code dk.protokol.events.meeting.AgendaItemAdded}. */
    public String simpleType() {
        if (payloadType == null) {
            return null;
        }
        int dot = payloadType.lastIndexOf('.');
        return dot < 0 ? payloadType : payloadType.substring(dot + 1);
    }
}
