package dk.protokol.infra.eventstore;

import dk.protokol.command.common.EventPositions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The global position of an aggregate's newest event. Asked after the command's transaction has
 * committed, so it is at least the position of the command's own last event.
 */
@Component
public class JdbcEventPositions implements EventPositions {

    private final JdbcTemplate jdbc;

    public JdbcEventPositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long headOf(String aggregateId) {
        Long head = jdbc.queryForObject(
                "SELECT MAX(global_index) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, aggregateId);
        return head == null ? -1 : head;
    }

    /** The newest position in the whole store, or -1 when it is empty. */
    public long head() {
        Long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        return head == null ? -1 : head;
    }
}
