package dk.protokol.infra.audit;

/**
 * One row of the event table exactly as stored: what the audit chain hashes. {@code aggregateType},
 * {@code payloadRevision} and {@code metaData} may be null (an event published without an aggregate, a payload
 * without a revision, an event without metadata); the others never are.
 */
public record StoredEvent(long position, String eventIdentifier, String aggregateType, String aggregateIdentifier,
                          long sequenceNumber, String timestamp, String payloadType, String payloadRevision,
                          byte[] payload, byte[] metaData) {
}
