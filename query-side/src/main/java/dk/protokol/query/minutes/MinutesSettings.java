package dk.protokol.query.minutes;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.organisation.MinutesPublicationChanged;
import dk.protokol.events.organisation.ObjectionPeriodChanged;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * A body's settings for its minutes from issue 14, as the read side keeps them (V23): whether it publishes its approved
 * minutes on a public page without login ({@code published_minutes_body}, a row per publishing body), and its
 * objection period with tacit approval ({@code objection_period_body}; no row: eight days, approved by the chair).
 */
@Component
@ProcessingGroup(MinutesSettings.PROCESSING_GROUP)
public class MinutesSettings {

    public static final String PROCESSING_GROUP = "minutes-settings";

    private final JdbcTemplate jdbc;

    public MinutesSettings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The settings of one body as the administrator's page shows them. */
    public record Settings(int objectionDays, boolean tacitApproval, boolean published) {
    }

    @EventHandler
    void on(MinutesPublicationChanged event) {
        jdbc.update("DELETE FROM published_minutes_body WHERE body_id = ?", event.bodyId().toString());
        if (event.published()) {
            jdbc.update("INSERT INTO published_minutes_body (body_id) VALUES (?)", event.bodyId().toString());
        }
    }

    @EventHandler
    void on(ObjectionPeriodChanged event) {
        jdbc.update("DELETE FROM objection_period_body WHERE body_id = ?", event.bodyId().toString());
        jdbc.update("INSERT INTO objection_period_body (body_id, objection_days, tacit_approval) VALUES (?, ?, ?)",
                event.bodyId().toString(), event.objectionDays(), event.tacitApproval());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM published_minutes_body");
        jdbc.update("DELETE FROM objection_period_body");
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

    public Settings of(BodyId body) {
        Settings period = jdbc.query("SELECT objection_days, tacit_approval FROM objection_period_body WHERE body_id = ?",
                        (row, n) -> new Settings(row.getInt("objection_days"), row.getBoolean("tacit_approval"), false),
                        body.toString())
                .stream().findFirst().orElse(new Settings(ObjectionPeriodChanged.DEFAULT_OBJECTION_DAYS, false, false));
        return new Settings(period.objectionDays(), period.tacitApproval(), publishes(body));
    }
}
