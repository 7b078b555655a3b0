package dk.protokol.query.common;


import java.time.Instant;
import java.util.Map;

/** One stored event as time travel sees it: where it sits in the log, when it was recorded, who did it. */
public record RecordedEvent(long position, Instant recordedAt, String aggregateType, String aggregateId,
                            long sequenceNumber, Object payload, Map<String, ?> metaData) {
}
