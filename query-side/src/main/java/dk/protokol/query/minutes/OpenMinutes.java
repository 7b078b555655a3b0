package dk.protokol.query.minutes;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.organisation.ApprovedMinutesOpened;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * The bodies whose approved minutes are open to every signed-in user (a body setting, issue 11): such minutes, and
 * the body's approved meetings in a meeting list, are read by anyone signed in; everything else of the body stays with
 * its readers ({@link dk.protokol.query.common.ReadAccess}).
 */
@Component
@ProcessingGroup(OpenMinutes.PROCESSING_GROUP)
public class OpenMinutes {

    public static final String PROCESSING_GROUP = "open-minutes";

    private final JdbcTemplate jdbc;

    public OpenMinutes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ApprovedMinutesOpened event) {
        jdbc.update("DELETE FROM open_minutes_body WHERE body_id = ?", event.bodyId().toString());
        if (event.open()) {
            jdbc.update("INSERT INTO open_minutes_body (body_id) VALUES (?)", event.bodyId().toString());
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM open_minutes_body");
    }

    /** The bodies that have opened their approved minutes (a short list: one query answers a whole meeting list). */
    public Set<BodyId> bodies() {
        return Set.copyOf(jdbc.query("SELECT body_id FROM open_minutes_body",
                (row, n) -> BodyId.of(row.getString("body_id"))));
    }
}
