package dk.protokol.command.action;

import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** The action lookup on {@code cmd_action_lookup} (V9); joins the command's transaction like the org lookup. */
@Component
public class JdbcActionLookup implements ActionLookup {

    private final JdbcTemplate jdbc;

    public JdbcActionLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<KnownAction> action(ActionId id) {
        return jdbc.query("SELECT body_id, owner_id FROM cmd_action_lookup WHERE action_id = ?",
                (row, n) -> new KnownAction(id, BodyId.of(row.getObject("body_id", UUID.class)),
                        PersonId.of(row.getObject("owner_id", UUID.class))), id.value()).stream().findFirst();
    }

    void addAction(ActionId id, BodyId body, PersonId owner) {
        jdbc.update("INSERT INTO cmd_action_lookup (action_id, body_id, owner_id) VALUES (?, ?, ?)", id.value(),
                body.value(), owner.value());
    }

    void changeOwner(ActionId id, PersonId owner) {
        jdbc.update("UPDATE cmd_action_lookup SET owner_id = ? WHERE action_id = ?", owner.value(), id.value());
    }
}
