package dk.protokol.command.meeting;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The bilag's bytes in {@code attachment_content} (V21), one row per SHA-256. {@code ON CONFLICT DO NOTHING} makes
 * the insert idempotent without an error: PostgreSQL (and H2 in its PostgreSQL mode) lets the second of two
 * concurrent inserts of the same hash wait for the first and then do nothing, so neither command fails and the
 * transaction is never aborted by a duplicate key. No conflict target: the table's only unique key is the hash, and H2
 * (the embedded default) takes {@code ON CONFLICT DO NOTHING} only without one. Joins the command's transaction like
 * the lookups.
 */
@Component
public class JdbcAttachmentStore implements AttachmentStore {

    private final JdbcTemplate jdbc;

    public JdbcAttachmentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void storeIfAbsent(String sha256, String contentType, byte[] content) {
        jdbc.update("INSERT INTO attachment_content (sha256, content_type, size, content) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING", sha256, contentType, (long) content.length, content);
    }
}
