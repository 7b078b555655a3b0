package dk.protokol.infra.eventstore;

/**
 * An event in an aggregate's stream that cannot be read (issue 13): its stored JSON no longer deserialises, or its
 * payload type is unknown to this version. The aggregate cannot be loaded, so no command on it can be decided; the
 * API answers 503 naming the event, and an administrator must look at it (the same event is parked in the views'
 * dead-letter queues). Null fields: not found in the store (the row vanished meanwhile).
 */
public class UnreadableStoredEvent extends RuntimeException {

    private static final int MAX_REASON = 300;

    private final String aggregateId;
    private final Long sequenceNumber;
    private final Long position;
    private final String eventId;
    private final String payloadType;

    public UnreadableStoredEvent(String aggregateId, Long sequenceNumber, Long position, String eventId,
                                 String payloadType, Throwable cause) {
        super("Unreadable event at position " + position + " (event " + eventId + ", " + payloadType + ", aggregate "
                + aggregateId + " sequence " + sequenceNumber + "): " + reason(cause), cause);
        this.aggregateId = aggregateId;
        this.sequenceNumber = sequenceNumber;
        this.position = position;
        this.eventId = eventId;
        this.payloadType = payloadType;
    }

    public String aggregateId() {
        return aggregateId;
    }

    public Long sequenceNumber() {
        return sequenceNumber;
    }

    public Long position() {
        return position;
    }

    public String eventId() {
        return eventId;
    }

    public String payloadType() {
        return payloadType;
    }

    /** The innermost cause's message, on one line and cut short: what an administrator looks for in the store. */
    public static String reason(Throwable failure) {
        Throwable root = failure;
        while (root != null && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root == null ? null : root.getMessage();
        if (message == null) {
            return root == null ? "" : root.getClass().getSimpleName();
        }
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() > MAX_REASON ? line.substring(0, MAX_REASON) + "…" : line;
    }

    /** The first of a chain of causes that is an unreadable event, if any. */
    public static UnreadableStoredEvent in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnreadableStoredEvent unreadable) {
                return unreadable;
            }
        }
        return null;
    }
}
