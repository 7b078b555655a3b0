package dk.protokol.command.body;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.organisation.RelationKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The lookup on the tables of {@code V2__command_lookups.sql}, {@code V5__meeting_lookups.sql} and
 * {@code V12__body_quorum_history.sql}. Through
 * {@link JdbcTemplate} it joins the transaction of the command whose events it records, so reads in a command
 * handler see the command's own earlier writes and the writes are rolled back with a failed command.
 */
@Component
public class JdbcOrganisationLookup implements OrganisationLookup {

    private final JdbcTemplate jdbc;

    public JdbcOrganisationLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<KnownBody> body(BodyId id) {
        return jdbc.query("SELECT established_on, dissolved_on, quorum FROM cmd_body_lookup WHERE body_id = ?",
                (row, n) -> new KnownBody(id, localDate(row.getDate("established_on")),
                        localDate(row.getDate("dissolved_on")), row.getObject("quorum", Integer.class)),
                id.value()).stream().findFirst();
    }

    @Override
    public boolean personExists(PersonId id) {
        return !jdbc.queryForList("SELECT 1 FROM cmd_person_lookup WHERE person_id = ?", Integer.class, id.value())
                .isEmpty();
    }

    @Override
    public boolean personErased(PersonId id) {
        return jdbc.queryForList("SELECT erased FROM cmd_person_lookup WHERE person_id = ?", Boolean.class, id.value())
                .stream().anyMatch(Boolean.TRUE::equals);
    }

    @Override
    public Optional<Integer> quorumOn(BodyId body, LocalDate day) {
        List<Integer> latest = jdbc.query("SELECT quorum FROM cmd_body_quorum WHERE body_id = ? AND from_day <= ?"
                        + " ORDER BY from_day DESC LIMIT 1",
                (row, n) -> row.getObject("quorum", Integer.class), body.value(), day);
        return latest.isEmpty() ? Optional.empty() : Optional.ofNullable(latest.get(0));
    }

    @Override
    public Set<BodyId> servedBy(BodyId body) {
        return Set.copyOf(jdbc.query("SELECT source_id FROM cmd_body_relation WHERE target_id = ? AND relation = ?",
                (row, n) -> BodyId.of(row.getObject(1, UUID.class)), body.value(), RelationKind.SERVES.name()));
    }

    @Override
    public Set<BodyId> bodiesReadBy(PersonId person, LocalDate on) {
        return new LinkedHashSet<>(jdbc.query("SELECT DISTINCT body_id FROM ("
                        + " SELECT r.body_id FROM cmd_member_role r WHERE r.person_id = ? AND r.valid_from <= ?"
                        + " AND (r.valid_to IS NULL OR r.valid_to >= ?)"
                        + " UNION SELECT s.target_id FROM cmd_body_relation s JOIN cmd_member_role m"
                        + " ON m.body_id = s.source_id WHERE s.relation = ? AND m.person_id = ? AND m.valid_from <= ?"
                        + " AND (m.valid_to IS NULL OR m.valid_to >= ?)) readable ORDER BY body_id",
                (row, n) -> BodyId.of(row.getObject("body_id", UUID.class)),
                person.value(), on, on, RelationKind.SERVES.name(), person.value(), on, on));
    }

    @Override
    public Set<BodyId> reportsTo(BodyId body) {
        return new LinkedHashSet<>(jdbc.query(
                "SELECT target_id FROM cmd_body_relation WHERE source_id = ? AND relation = ?",
                (row, n) -> BodyId.of(row.getObject("target_id", UUID.class)),
                body.value(), RelationKind.REPORTS_TO.name()));
    }

    @Override
    public Map<PersonId, MemberRole> membersOn(BodyId body, LocalDate on) {
        Map<PersonId, MemberRole> members = new LinkedHashMap<>();
        jdbc.query("SELECT person_id, role FROM cmd_member_role WHERE body_id = ? AND valid_from <= ?"
                        + " AND (valid_to IS NULL OR valid_to >= ?) ORDER BY valid_from, person_id",
                row -> {
                    members.put(PersonId.of(row.getObject("person_id", UUID.class)),
                            MemberRole.valueOf(row.getString("role")));
                },
                body.value(), on, on);
        return members;
    }

    @Override
    public Optional<MemberRole> roleOn(BodyId body, PersonId person, LocalDate on) {
        return jdbc.query("SELECT role FROM cmd_member_role WHERE body_id = ? AND person_id = ? AND valid_from <= ?"
                                + " AND (valid_to IS NULL OR valid_to >= ?)",
                        (row, n) -> MemberRole.valueOf(row.getString("role")), body.value(), person.value(), on, on)
                .stream().findFirst();
    }

    @Override
    public ObjectionPolicy objectionPolicy(BodyId body) {
        return jdbc.query("SELECT objection_days, tacit_approval FROM cmd_body_lookup WHERE body_id = ?",
                        (row, n) -> row.getObject("objection_days", Integer.class) == null ? ObjectionPolicy.DEFAULT
                                : new ObjectionPolicy(row.getInt("objection_days"), row.getBoolean("tacit_approval")),
                        body.value())
                .stream().findFirst().orElse(ObjectionPolicy.DEFAULT);
    }

    void setObjectionPolicy(BodyId id, int objectionDays, boolean tacitApproval) {
        jdbc.update("UPDATE cmd_body_lookup SET objection_days = ?, tacit_approval = ? WHERE body_id = ?",
                objectionDays, tacitApproval, id.value());
    }

    void addBody(BodyId id, LocalDate establishedOn, Integer quorum) {
        jdbc.update("INSERT INTO cmd_body_lookup (body_id, established_on, quorum) VALUES (?, ?, ?)", id.value(),
                establishedOn, quorum);
    }

    void markDissolved(BodyId id, LocalDate on) {
        jdbc.update("UPDATE cmd_body_lookup SET dissolved_on = ? WHERE body_id = ?", on, id.value());
    }

    void addRelation(BodyId source, BodyId target, RelationKind relation) {
        jdbc.update("INSERT INTO cmd_body_relation (source_id, target_id, relation) VALUES (?, ?, ?)",
                source.value(), target.value(), relation.name());
    }

    /**
     * An ended relation closes no REPORTS_TO cycle any more, and no longer serves. The table holds the relations
     * as recorded last: one declared again after its end is added again ({@link #addRelation}).
     */
    void removeRelation(BodyId source, BodyId target, RelationKind relation) {
        jdbc.update("DELETE FROM cmd_body_relation WHERE source_id = ? AND target_id = ? AND relation = ?",
                source.value(), target.value(), relation.name());
    }

    /**
     * {@code cmd_body_lookup.quorum} is the quorum given last ({@link KnownBody#quorum()}), whatever its day;
     * {@link #quorumOn} answers by the day from {@link #quorumFrom}'s history.
     */
    void changeQuorum(BodyId id, Integer quorum) {
        jdbc.update("UPDATE cmd_body_lookup SET quorum = ? WHERE body_id = ?", quorum, id.value());
    }

    /** The quorum from {@code from} (null: none) until the next one's day; one from the same day is replaced. */
    void quorumFrom(BodyId id, LocalDate from, Integer quorum) {
        jdbc.update("DELETE FROM cmd_body_quorum WHERE body_id = ? AND from_day = ?", id.value(), from);
        jdbc.update("INSERT INTO cmd_body_quorum (body_id, from_day, quorum) VALUES (?, ?, ?)", id.value(), from,
                quorum);
    }

    void addPerson(PersonId id) {
        jdbc.update("INSERT INTO cmd_person_lookup (person_id) VALUES (?)", id.value());
    }

    void markErased(PersonId id) {
        jdbc.update("UPDATE cmd_person_lookup SET erased = TRUE WHERE person_id = ?", id.value());
    }

    /** One row per role period: an appointment opens the first, open-ended (or until a later ending). */
    void addMembership(BodyId body, PersonId person, MemberRole role, LocalDate from) {
        jdbc.update("INSERT INTO cmd_member_role (body_id, person_id, role, valid_from) VALUES (?, ?, ?, ?)",
                body.value(), person.value(), role.name(), from);
    }

    /**
     * A role change concerns the person's latest membership (as in the Body aggregate): its latest role period
     * now ends the day before, and the new one runs to where the old one ran.
     */
    void changeRole(BodyId body, PersonId person, MemberRole role, LocalDate from) {
        LatestRole latest = latestRole(body, person);
        jdbc.update("UPDATE cmd_member_role SET valid_to = ? WHERE body_id = ? AND person_id = ? AND valid_from = ?",
                from.minusDays(1), body.value(), person.value(), latest.from());
        jdbc.update("INSERT INTO cmd_member_role (body_id, person_id, role, valid_from, valid_to)"
                        + " VALUES (?, ?, ?, ?, ?)",
                body.value(), person.value(), role.name(), from, latest.to());
    }

    /** An ending concerns the latest membership, whose latest role period ends on its last day. */
    void endMembership(BodyId body, PersonId person, LocalDate lastDay) {
        LatestRole latest = latestRole(body, person);
        jdbc.update("UPDATE cmd_member_role SET valid_to = ? WHERE body_id = ? AND person_id = ? AND valid_from = ?",
                lastDay, body.value(), person.value(), latest.from());
    }

    private LatestRole latestRole(BodyId body, PersonId person) {
        List<LatestRole> rows = jdbc.query("SELECT valid_from, valid_to FROM cmd_member_role"
                        + " WHERE body_id = ? AND person_id = ? ORDER BY valid_from DESC LIMIT 1",
                (row, n) -> new LatestRole(localDate(row.getDate("valid_from")), localDate(row.getDate("valid_to"))),
                body.value(), person.value());
        if (rows.isEmpty()) {
            // the Body aggregate refuses a change or ending without a membership; the lookup must have missed it
            throw new IllegalStateException("No membership of " + person + " in " + body + " in the lookup");
        }
        return rows.get(0);
    }

    private record LatestRole(LocalDate from, LocalDate to) {
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
