package dk.protokol.infra.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The {@code idempotency_key} table. Each statement runs on its own (auto-commit), outside the command's
 * transaction: the reservation must be visible to a concurrent duplicate while the first request is still
 * running, and it is the primary key that lets exactly one of two racing requests through.
 */
@Repository
class IdempotencyStore {

    /** What the first request with a key left behind, as seen by a later one. */
    sealed interface Outcome permits Reserved, Replay, Reused, InFlight {
    }

    /** The key was free: this request runs, and must {@link #remember} or {@link #release} it. */
    record Reserved() implements Outcome {
    }

    /** The first request succeeded with this answer. */
    record Replay(int status, String contentType, String location, byte[] body) implements Outcome {
    }

    /** The key was used for a different request. */
    record Reused() implements Outcome {
    }

    /** The first request with this key is still running. */
    record InFlight() implements Outcome {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration pendingTimeout;

    IdempotencyStore(JdbcTemplate jdbc, Clock clock,
                     @Value("${protokol.idempotency.pending-timeout:5m}") Duration pendingTimeout) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.pendingTimeout = pendingTimeout;
    }

    Outcome reserve(String username, String key, String requestHash) {
        // a second round only when the row vanished or was stale between our insert and our read
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                jdbc.update("INSERT INTO idempotency_key (username, request_key, request_hash, created_at) "
                        + "VALUES (?, ?, ?, ?)", username, key, requestHash, now());
                return new Reserved();
            } catch (DuplicateKeyException taken) {
                Optional<Outcome> earlier = earlier(username, key, requestHash);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
            }
        }
        return new InFlight();
    }

    void remember(String username, String key, int status, String contentType, String location, byte[] body) {
        jdbc.update("UPDATE idempotency_key SET status = ?, content_type = ?, location = ?, response_body = ? "
                + "WHERE username = ? AND request_key = ?", status, contentType, location, body, username, key);
    }

    /** The request failed: nothing was recorded, so the client may try again with the same key. */
    void release(String username, String key) {
        jdbc.update("DELETE FROM idempotency_key WHERE username = ? AND request_key = ? AND status IS NULL",
                username, key);
    }

    private Optional<Outcome> earlier(String username, String key, String requestHash) {
        List<Row> rows = jdbc.query(
                "SELECT request_hash, status, content_type, location, response_body, created_at "
                        + "FROM idempotency_key WHERE username = ? AND request_key = ?",
                (row, i) -> new Row(row.getString("request_hash"), row.getObject("status", Integer.class),
                        row.getString("content_type"), row.getString("location"), row.getBytes("response_body"),
                        row.getObject("created_at", OffsetDateTime.class)),
                username, key);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Row row = rows.get(0);
        if (!row.requestHash().equals(requestHash)) {
            return Optional.of(new Reused());
        }
        if (row.status() != null) {
            return Optional.of(new Replay(row.status(), row.contentType(), row.location(), row.body()));
        }
        if (row.createdAt().toInstant().plus(pendingTimeout).isBefore(clock.instant())) {
            // its request died without releasing the key (a crash, an async answer that never came)
            jdbc.update("DELETE FROM idempotency_key WHERE username = ? AND request_key = ? AND status IS NULL "
                    + "AND created_at = ?", username, key, row.createdAt());
            return Optional.empty();
        }
        return Optional.of(new InFlight());
    }

    private record Row(String requestHash, Integer status, String contentType, String location, byte[] body,
                       OffsetDateTime createdAt) {
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
