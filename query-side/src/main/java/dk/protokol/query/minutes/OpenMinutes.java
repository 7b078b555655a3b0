package dk.protokol.query.minutes;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.organisation.ApprovedMinutesOpened;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;

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

    /** Whether one of the bodies (those holding a meeting) has opened its approved minutes. */
    public boolean anyOpen(Collection<BodyId> bodies) {
        var ids = bodies.stream().filter(Objects::nonNull).map(BodyId::toString).toList();
        if (ids.isEmpty()) {
            return false;
        }
        Integer open = new NamedParameterJdbcTemplate(jdbc).queryForObject(
                "SELECT COUNT(*) FROM open_minutes_body WHERE body_id IN (:ids)", Map.of("ids", ids), Integer.class);
        return open != null && open > 0;
    }
}
