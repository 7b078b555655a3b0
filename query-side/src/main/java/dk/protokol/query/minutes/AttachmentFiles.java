package dk.protokol.query.minutes;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The bytes of bilag, read by their SHA-256 from {@code attachment_content} (V21), which the command side writes with
 * the events that name them. Not a view: the events do not hold the bytes, so a rebuild leaves the table alone.
 */
@Component
public class AttachmentFiles {

    private final JdbcTemplate jdbc;

    public AttachmentFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<byte[]> content(String sha256) {
        return jdbc.query("SELECT content FROM attachment_content WHERE sha256 = ?",
                (row, n) -> row.getBytes("content"), sha256).stream().findFirst();
    }
}
