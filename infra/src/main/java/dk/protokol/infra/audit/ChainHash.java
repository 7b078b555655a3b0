package dk.protokol.infra.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The audit chain's hash (DESIGN.md "Audit chain"): {@code h(n) = SHA-256(h(n-1) || canonical(event n))}, with 32
 * zero bytes before the first event. Written down in docs/AUDIT.md so that anyone can check an export with their own
 * program; this class is the one implementation, shared by the append, the server's verification and the offline
 * verifier.
 * <p>
 * {@code canonical(event)} is, in this order: the marker {@code "protokol-chain-1"}, the position (global index, 8
 * bytes big-endian), the event identifier, the aggregate type, the aggregate identifier, the sequence number (8
 * bytes), the timestamp as stored (text), the payload type, the payload revision, the payload bytes and the metadata
 * bytes. Every text is its UTF-8 bytes and every byte field is written as a 4-byte big-endian length followed by the
 * bytes; an absent value (null) has length -1 and no bytes, so null and empty differ.
 */
public final class ChainHash {

    public static final int LENGTH = 32;
    public static final byte[] GENESIS = new byte[LENGTH];
    private static final byte[] MARKER = "protokol-chain-1".getBytes(StandardCharsets.UTF_8);
    private static final HexFormat HEX = HexFormat.of();

    private ChainHash() {
    }

    /** The hash of {@code event} following {@code previous} (the previous event's hash, or {@link #GENESIS}). */
    public static byte[] next(byte[] previous, StoredEvent event) {
        MessageDigest sha256 = sha256();
        sha256.update(previous);
        sha256.update(canonical(event));
        return sha256.digest();
    }

    static byte[] canonical(StoredEvent event) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(256 + length(event.payload())
                + length(event.metaData()));
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            bytes(out, MARKER);
            out.writeLong(event.position());
            text(out, event.eventIdentifier());
            text(out, event.aggregateType());
            text(out, event.aggregateIdentifier());
            out.writeLong(event.sequenceNumber());
            text(out, event.timestamp());
            text(out, event.payloadType());
            text(out, event.payloadRevision());
            bytes(out, event.payload());
            bytes(out, event.metaData());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    public static String hex(byte[] hash) {
        return HEX.formatHex(hash);
    }

    /** The hash written as hex; a malformed value is refused. */
    public static byte[] fromHex(String hex) {
        byte[] hash = HEX.parseHex(hex.trim().toLowerCase());
        if (hash.length != LENGTH) {
            throw new IllegalArgumentException("A chain hash has " + LENGTH + " bytes, not " + hash.length);
        }
        return hash;
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        bytes(out, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(DataOutputStream out, byte[] value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(value.length);
        out.write(value);
    }

    private static int length(byte[] value) {
        return value == null ? 0 : value.length;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
