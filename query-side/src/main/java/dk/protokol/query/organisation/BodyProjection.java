package dk.protokol.query.organisation;

import dk.protokol.query.common.RowBatch;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.BodyEvent;
import dk.protokol.query.common.ParsedStates;
import dk.protokol.query.common.ViewJson;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The live bodies view: one row per body holding its {@link BodyView} as JSON. Rows are written in the
 * processor's transaction, together with its token. Events are sequenced per aggregate, so a body's
 * row is only ever touched by one thread at a time.
 */
@Component
@ProcessingGroup(BodyProjection.PROCESSING_GROUP)
public class BodyProjection {

    public static final String PROCESSING_GROUP = "bodies";

    /** Large id lists are asked for in slices, well below any driver's limit on parameters. */
    private static final int SLICE = 500;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    /** Bodies as decoded, by the text of their rows: every page names bodies, most pages the same few. */
    private final ParsedStates<BodyView> parsed = new ParsedStates<>(BodyView.class, 10_000);

    public BodyProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    @EventHandler
    public void on(BodyEvent event) {
        String id = event.bodyId().toString();
        BodyView current = RowBatch.find(jdbc, "body_view", BodyView.class, id,
                payload -> payload instanceof BodyEvent body ? body.bodyId().toString() : null).orElse(null);
        BodyView next = BodyFold.apply(current, event);
        if (next == null || next.equals(current)) {
            return;
        }
        RowBatch.upsert("body_view", id, current, next,
                body -> jdbc.update("INSERT INTO body_view (id, state) VALUES (?, ?)", id, ViewJson.write(body)),
                body -> jdbc.update("UPDATE body_view SET state = ? WHERE id = ?", ViewJson.write(body), id));
    }

    @ResetHandler
    public void reset() {
        jdbc.update("DELETE FROM body_view");
    }

    public Optional<BodyView> find(BodyId id) {
        return jdbc.query("SELECT id, state FROM body_view WHERE id = ?", (row, n) -> read(row), id.toString())
                .stream().findFirst();
    }

    /** The bodies among {@code ids} (unknown ones left out), read by id. */
    public List<BodyView> find(Collection<BodyId> ids) {
        List<String> all = ids.stream().filter(Objects::nonNull).distinct().map(BodyId::toString).sorted().toList();
        List<BodyView> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SLICE) {
            found.addAll(named.query("SELECT id, state FROM body_view WHERE id IN (:ids) ORDER BY id",
                    Map.of("ids", all.subList(from, Math.min(all.size(), from + SLICE))), (row, n) -> read(row)));
        }
        return found;
    }

    /**
     * The bodies in which the person has held a seat, at any time: the rows whose state names the person are found in
     * SQL (a body's state holds each member's id), then those whose memberships name them are kept. Only their rows
     * are decoded.
     */
    public List<BodyView> seating(PersonId person) {
        return jdbc.query("SELECT id, state FROM body_view WHERE state LIKE ? ORDER BY id", (row, n) -> read(row),
                        "%" + person + "%")
                .stream()
                .filter(body -> body.memberships().stream().anyMatch(seat -> person.equals(seat.personId())))
                .toList();
    }

    /** Every body: for the answers that show the whole organisation (the org chart, the list of bodies). */
    public List<BodyView> findAll() {
        return jdbc.query("SELECT id, state FROM body_view ORDER BY id", (row, n) -> read(row));
    }

    private BodyView read(ResultSet row) throws SQLException {
        return parsed.read(row.getString("id"), row.getString("state"));
    }
}
