package dk.protokol.query.actions;

import dk.protokol.events.meeting.MeetingEvent;
import dk.protokol.query.common.RowBatch;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.query.common.ViewJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rows of {@link MeetingDigest}s, one per meeting, in a table of the shape {@code (id, body_id, start_at,
 * state)}. The "actions" and "cases" groups each keep their own table of them (action_meeting,
 * case_meeting), so that either can be rebuilt alone; this is the code they share.
 */
public class MeetingDigestTable {

    /** Large id lists are asked for in slices, well below any driver's limit on parameters. */
    private static final int SLICE = 500;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final String table;

    public MeetingDigestTable(JdbcTemplate jdbc, String table) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.table = table;
    }

    public Optional<MeetingDigest> find(MeetingId id) {
        return RowBatch.find(jdbc, table, MeetingDigest.class, id.toString(),
                payload -> payload instanceof MeetingEvent event ? event.meetingId().toString() : null);
    }

    public Map<MeetingId, MeetingDigest> find(Collection<MeetingId> ids) {
        List<String> all = ids.stream().distinct().map(MeetingId::toString).sorted().toList();
        Map<MeetingId, MeetingDigest> found = new HashMap<>();
        for (int from = 0; from < all.size(); from += SLICE) {
            named.query("SELECT state FROM " + table + " WHERE id IN (:ids)",
                            Map.of("ids", all.subList(from, Math.min(all.size(), from + SLICE))),
                            (row, n) -> read(row.getString("state")))
                    .forEach(digest -> found.put(digest.meetingId(), digest));
        }
        return found;
    }

    /** A body's meetings starting in {@code [from, to)} (open ends when null), in order of their start. */
    public List<MeetingDigest> ofBody(BodyId body, LocalDateTime from, LocalDateTime to) {
        StringBuilder sql = new StringBuilder("SELECT state FROM " + table + " WHERE body_id = :body");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("body", body.toString());
        if (from != null) {
            sql.append(" AND start_at >= :from");
            parameters.put("from", from);
        }
        if (to != null) {
            sql.append(" AND start_at < :to");
            parameters.put("to", to);
        }
        sql.append(" ORDER BY start_at, id");
        return new ArrayList<>(named.query(sql.toString(), parameters, (row, n) -> read(row.getString("state"))));
    }

    /** Writes the digest after an event; nothing when the event changed nothing. */
    public void save(MeetingDigest current, MeetingDigest next) {
        if (next == null || next.equals(current)) {
            return;
        }
        String id = next.meetingId().toString();
        RowBatch.upsert(table, id, current, next,
                digest -> jdbc.update("INSERT INTO " + table + " (id, body_id, start_at, state) VALUES (?, ?, ?, ?)",
                        id, digest.bodyId().toString(), digest.start(), ViewJson.write(digest)),
                digest -> jdbc.update("UPDATE " + table + " SET start_at = ?, state = ? WHERE id = ?", digest.start(),
                        ViewJson.write(digest), id));
    }

    public void clear() {
        jdbc.update("DELETE FROM " + table);
    }

    private static MeetingDigest read(String json) {
        return ViewJson.read(json, MeetingDigest.class);
    }
}
