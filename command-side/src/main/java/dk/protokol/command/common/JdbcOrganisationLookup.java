package dk.protokol.command.common;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.RelationKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The lookup on the tables of {@code V2__command_lookups.sql}. Through {@link JdbcTemplate} it joins the
 * transaction of the command whose events it records, so reads in a command handler see the command's
 * own earlier writes and the writes are rolled back with a failed command.
 */
@Component
public class JdbcOrganisationLookup implements OrganisationLookup {

    private final JdbcTemplate jdbc;

    public JdbcOrganisationLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<KnownBody> body(BodyId id) {
        return jdbc.query("SELECT established_on, dissolved_on FROM cmd_body_lookup WHERE body_id = ?",
                (row, n) -> new KnownBody(id, localDate(row.getDate("established_on")),
                        localDate(row.getDate("dissolved_on"))),
                id.value()).stream().findFirst();
    }

    @Override
    public boolean personExists(PersonId id) {
        return !jdbc.queryForList("SELECT 1 FROM cmd_person_lookup WHERE person_id = ?", Integer.class, id.value())
                .isEmpty();
    }

    @Override
    public Set<BodyId> reportsTo(BodyId body) {
        return new LinkedHashSet<>(jdbc.query(
                "SELECT target_id FROM cmd_body_relation WHERE source_id = ? AND relation = ?",
                (row, n) -> BodyId.of(row.getObject("target_id", UUID.class)),
                body.value(), RelationKind.REPORTS_TO.name()));
    }

    void addBody(BodyId id, LocalDate establishedOn) {
        jdbc.update("INSERT INTO cmd_body_lookup (body_id, established_on) VALUES (?, ?)", id.value(),
                establishedOn);
    }

    void markDissolved(BodyId id, LocalDate on) {
        jdbc.update("UPDATE cmd_body_lookup SET dissolved_on = ? WHERE body_id = ?", on, id.value());
    }

    void addRelation(BodyId source, BodyId target, RelationKind relation) {
        jdbc.update("INSERT INTO cmd_body_relation (source_id, target_id, relation) VALUES (?, ?, ?)",
                source.value(), target.value(), relation.name());
    }

    void addPerson(PersonId id) {
        jdbc.update("INSERT INTO cmd_person_lookup (person_id) VALUES (?)", id.value());
    }

    boolean isEmpty() {
        Integer rows = jdbc.queryForObject(
                "SELECT (SELECT COUNT(*) FROM cmd_body_lookup) + (SELECT COUNT(*) FROM cmd_person_lookup)",
                Integer.class);
        return rows == null || rows == 0;
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
