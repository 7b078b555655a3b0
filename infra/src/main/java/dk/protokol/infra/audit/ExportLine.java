package dk.protokol.infra.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One line of the export ({@code GET /api/audit/export.ndjson}): an event exactly as stored, with its chain entry,
 * so that the line can be hashed again anywhere (docs/AUDIT.md). Payload and metadata are the stored bytes: as text
 * when they are UTF-8 (they are JSON), otherwise as Base64 in {@code payloadBase64} / {@code metaDataBase64}. A
 * position the chain has but the store lacks (a deleted event) is a line with {@code missing: true}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExportLine(long position, Boolean missing, Long previousPosition, String previousHash, String hash,
                         String eventIdentifier, String aggregateType, String aggregateIdentifier,
                         Long sequenceNumber, String timestamp, String payloadType, String payloadRevision,
                         String payload, String payloadBase64, String metaData, String metaDataBase64) {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public static ExportLine of(StoredEvent event, ChainLink link, byte[] previousHash) {
        String payloadText = utf8(event.payload());
        String metaText = utf8(event.metaData());
        return new ExportLine(event.position(), null, link == null ? null : link.previousPosition(),
                previousHash == null ? null : ChainHash.hex(previousHash),
                link == null ? null : ChainHash.hex(link.hash()), event.eventIdentifier(), event.aggregateType(),
                event.aggregateIdentifier(), event.sequenceNumber(), event.timestamp(), event.payloadType(),
                event.payloadRevision(), payloadText, payloadText == null ? base64(event.payload()) : null,
                metaText, metaText == null ? base64(event.metaData()) : null);
    }

    public static ExportLine missing(long position, ChainLink link, byte[] previousHash) {
        return new ExportLine(position, true, link.previousPosition(),
                previousHash == null ? null : ChainHash.hex(previousHash), ChainHash.hex(link.hash()), null, null,
                null, null, null, null, null, null, null, null, null);
    }

    /** The event as stored, or null for a missing one. */
    public StoredEvent event() {
        if (Boolean.TRUE.equals(missing)) {
            return null;
        }
        return new StoredEvent(position, eventIdentifier, aggregateType, aggregateIdentifier,
                sequenceNumber == null ? 0 : sequenceNumber, timestamp, payloadType, payloadRevision,
                bytes(payload, payloadBase64), bytes(metaData, metaDataBase64));
    }

    /** The chain entry, or null if the event was not in the chain. */
    public ChainLink link() {
        return hash == null ? null : new ChainLink(previousPosition, ChainHash.fromHex(hash));
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ExportLine parse(String line) throws JsonProcessingException {
        return JSON.readValue(line, ExportLine.class);
    }

    private static byte[] bytes(String text, String base64) {
        if (text != null) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return base64 == null ? null : Base64.getDecoder().decode(base64);
    }

    private static String base64(byte[] bytes) {
        return bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
    }

    /** The bytes as text if they are strictly UTF-8 (so that text → bytes gives them back exactly), else null. */
    private static String utf8(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
