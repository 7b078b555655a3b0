package dk.protokol.query.organisation;

import dk.protokol.query.common.RowBatch;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.organisation.BodyEvent;
import dk.protokol.query.common.ViewJson;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
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

    private final JdbcTemplate jdbc;

    public BodyProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
        return jdbc.query("SELECT state FROM body_view WHERE id = ?",
                        (row, n) -> ViewJson.read(row.getString("state"), BodyView.class), id.toString())
                .stream().findFirst();
    }

    /** The partnerships' bodies number in the tens, so the views read them all and filter in memory. */
    public List<BodyView> findAll() {
        return jdbc.query("SELECT state FROM body_view ORDER BY id",
                (row, n) -> ViewJson.read(row.getString("state"), BodyView.class));
    }
}
