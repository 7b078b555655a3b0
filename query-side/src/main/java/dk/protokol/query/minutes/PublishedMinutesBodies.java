package dk.protokol.query.minutes;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.organisation.MinutesPublicationChanged;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * The bodies that publish their approved minutes on a public page without login (a body setting, issue 14): a row
 * per publishing body in {@code published_minutes_body} (V23), written from {@link MinutesPublicationChanged}.
 */
@Component
@ProcessingGroup(PublishedMinutesBodies.PROCESSING_GROUP)
public class PublishedMinutesBodies {

    public static final String PROCESSING_GROUP = "published-minutes";

    private final JdbcTemplate jdbc;

    public PublishedMinutesBodies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(MinutesPublicationChanged event) {
        jdbc.update("DELETE FROM published_minutes_body WHERE body_id = ?", event.bodyId().toString());
        if (event.published()) {
            jdbc.update("INSERT INTO published_minutes_body (body_id) VALUES (?)", event.bodyId().toString());
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM published_minutes_body");
    }

    /** The publishing bodies (a short list). */
    public Set<BodyId> bodies() {
        return Set.copyOf(jdbc.query("SELECT body_id FROM published_minutes_body",
                (row, n) -> BodyId.of(row.getString("body_id"))));
    }

    public boolean publishes(BodyId body) {
        Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM published_minutes_body WHERE body_id = ?",
                Integer.class, body.toString());
        return rows != null && rows > 0;
    }
}
