package dk.protokol.query.minutes;

import dk.protokol.events.ids.BodyId;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Searches the decision register. On PostgreSQL a Danish full-text search over item title and decision
 * text (the {@code search} column and the {@code protokol_danish_search_query} function of
 * db/vendor/postgresql/V7): every word of the query must occur in some inflected form, so "budgettet"
 * finds "budget". On any other database (the embedded H2) every word must occur as written, in any case.
 * The database is asked once, on the first search, which it is.
 */
@Component
public class DecisionSearch {

    private static final Pattern WORDS = Pattern.compile("\\s+");

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private volatile Boolean postgres;

    public DecisionSearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /**
     * The register's word search as it works on rows in memory (the {@code asOf} register, folded from the store):
     * every word of {@code q}, as typed and in any case, in the item's title or the decision's text. The live
     * register on PostgreSQL searches Danish word forms too.
     */
    static boolean hasEveryWord(DecisionRow row, String q) {
        if (q == null || q.isBlank()) {
            return true;
        }
        String text = ((row.itemTitle() == null ? "" : row.itemTitle()) + " " + row.text()).toLowerCase(Locale.ROOT);
        for (String word : WORDS.split(q.strip().toLowerCase(Locale.ROOT))) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Decisions matching every word of {@code q} (all when blank), of one body (its fællesmøder included; all when null), at
     * meetings starting in {@code [from, to)} (open ends when null); in order of the meetings' start,
     * then agenda order.
     */
    public List<DecisionRow> search(String q, BodyId body, LocalDateTime from, LocalDateTime to) {
        StringBuilder sql = new StringBuilder("SELECT " + DecisionProjection.COLUMNS
                + " FROM decision_register WHERE 1 = 1");
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        if (q != null && !q.isBlank()) {
            if (isPostgres()) {
                sql.append(" AND search @@ protokol_danish_search_query(:q)");
                parameters.addValue("q", q.strip());
            } else {
                String[] words = WORDS.split(q.strip().toLowerCase(Locale.ROOT));
                for (int i = 0; i < words.length; i++) {
                    sql.append(" AND search_text LIKE :w").append(i).append(" ESCAPE '\\'");
                    parameters.addValue("w" + i, "%" + escapeLike(words[i]) + "%");
                }
            }
        }
        if (body != null) {
            sql.append(" AND (body_id = :body"
                    + " OR meeting_id IN (SELECT meeting_id FROM decision_joint_body WHERE body_id = :body))");
            parameters.addValue("body", body.toString());
        }
        if (from != null) {
            sql.append(" AND meeting_start >= :from");
            parameters.addValue("from", from);
        }
        if (to != null) {
            sql.append(" AND meeting_start < :to");
            parameters.addValue("to", to);
        }
        sql.append(" ORDER BY meeting_start, meeting_id, position");
        return named.query(sql.toString(), parameters, DecisionProjection.ROW);
    }

    private boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            String product = jdbc.execute((ConnectionCallback<String>) connection ->
                    connection.getMetaData().getDatabaseProductName());
            known = "PostgreSQL".equalsIgnoreCase(product);
            postgres = known;
        }
        return known;
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
