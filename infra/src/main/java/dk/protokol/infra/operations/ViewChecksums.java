package dk.protokol.infra.operations;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A checksum per view table: the SHA-256 of its rows, each written as text column by column, sorted, so that two
 * rebuilds, or a view rebuilt in another installation from an imported export, can be compared row for row without
 * depending on the order rows were written in. A view table is every table that is not the event store's, Axon's,
 * the chain's, an account's, a key's or a command-side lookup's ({@code cmd_*}): a new view is included by itself.
 */
@Component
public class ViewChecksums {

    /** Tables that are not views: the record itself, Axon's bookkeeping, accounts, keys, the audit chain. */
    static final Set<String> NOT_VIEWS = Set.of("domain_event_entry", "snapshot_event_entry", "event_append_lock",
            "token_entry", "dead_letter_entry", "saga_entry", "association_value_entry", "flyway_schema_history",
            "account", "account_role", "account_external_identity", "api_key", "idempotency_key", "person_key", "audit_chain",
            "audit_checkpoint", "attachment_content", "mail_outbox");

    private final JdbcTemplate jdbc;

    public ViewChecksums(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A view table's rows and checksum. */
    public record Checksum(long rows, String sha256) {
    }

    /** Every view table, by name, in name order. */
    public Map<String, Checksum> all() {
        Map<String, Checksum> checksums = new TreeMap<>();
        for (String table : viewTables()) {
            checksums.put(table, of(table));
        }
        return checksums;
    }

    List<String> viewTables() {
        return jdbc.execute((java.sql.Connection connection) -> {
            DatabaseMetaData meta = connection.getMetaData();
            String schema = connection.getSchema();
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = meta.getTables(null, schema, "%", new String[]{"TABLE"})) {
                while (rows.next()) {
                    String name = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!NOT_VIEWS.contains(name) && !name.startsWith("cmd_")) {
                        tables.add(name);
                    }
                }
            }
            return tables;
        });
    }

    Checksum of(String table) {
        List<String> rows = jdbc.query("SELECT * FROM " + table, (ResultSet row, int n) -> {
            ResultSetMetaData columns = row.getMetaData();
            StringBuilder text = new StringBuilder();
            for (int i = 1; i <= columns.getColumnCount(); i++) {
                Object value = row.getObject(i);
                text.append(columns.getColumnName(i).toLowerCase(Locale.ROOT)).append('=');
                text.append(value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : String.valueOf(value));
                text.append('\u001f');
            }
            return text.toString();
        });
        rows.sort(null);
        MessageDigest sha256 = sha256();
        for (String row : rows) {
            sha256.update(row.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
        }
        return new Checksum(rows.size(), HexFormat.of().formatHex(sha256.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
