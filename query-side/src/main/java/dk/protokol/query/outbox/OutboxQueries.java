package dk.protokol.query.outbox;

import dk.protokol.events.caller.Caller;
import dk.protokol.events.caller.Callers;
import dk.protokol.events.caller.GlobalRole;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.query.organisation.PersonProjection;
import dk.protokol.query.organisation.PersonView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the mail outbox ({@code mail_outbox}, written by infra's mail processor, sender and reminders), newest first.
 * Who reads it: an administrator everything; a body's secretary (the SECRETARY role in the body today) the mail of
 * that body (a joint meeting's mail belongs to each of its bodies); anyone else is refused.
 */
@Component
public class OutboxQueries {

    static final String REFUSED = "Udbakken kan kun læses af administratorer og organets sekretærer.";
    static final int LIMIT = 500;

    private final JdbcTemplate jdbc;
    private final PersonProjection people;
    private final Callers callers;
    private final Clock clock;

    public OutboxQueries(JdbcTemplate jdbc, PersonProjection people, Callers callers, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.callers = callers;
        this.clock = clock;
    }

    private record Stored(OutboxMail mail, List<BodyId> bodies) {
    }

    /**
     * The caller's outbox. {@code to}: a person id, or an e-mail address (case ignored); {@code meetingId}: one
     * meeting's mail. Either may be null.
     */
    public List<OutboxMail> find(String to, MeetingId meetingId) {
        Caller caller = callers.current();
        boolean admin = caller.roles().contains(GlobalRole.ADMIN);
        if (!admin && caller.personId() == null) {
            throw new AccessDeniedException(REFUSED);
        }
        StringBuilder sql = new StringBuilder("SELECT * FROM mail_outbox WHERE 1 = 1");
        List<Object> arguments = new ArrayList<>();
        if (to != null && !to.isBlank()) {
            UUID person = uuid(to.strip());
            if (person != null) {
                sql.append(" AND person_id = ?");
                arguments.add(person);
            } else {
                sql.append(" AND LOWER(address) = ?");
                arguments.add(to.strip().toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (meetingId != null) {
            sql.append(" AND meeting_id = ?");
            arguments.add(meetingId.value());
        }
        sql.append(" ORDER BY created_at DESC, id DESC LIMIT ").append(LIMIT);
        List<Stored> rows = jdbc.query(sql.toString(), OutboxQueries::row, arguments.toArray());
        List<Stored> readable;
        if (admin) {
            readable = rows;
        } else {
            Set<BodyId> secretaryOf = secretaryBodies();
            if (secretaryOf.isEmpty()) {
                throw new AccessDeniedException(REFUSED);
            }
            readable = rows.stream().filter(row -> row.bodies().stream().anyMatch(secretaryOf::contains)).toList();
        }
        Map<PersonId, PersonView> names = people.find(readable.stream().map(row -> row.mail().personId())
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(PersonView::id, Function.identity()));
        return readable.stream().map(row -> named(row.mail(), names.get(row.mail().personId()))).toList();
    }

    /** Whether the caller may open the outbox at all: an administrator, or a secretary of some body today. */
    public boolean mayRead() {
        Caller caller = callers.current();
        return caller.roles().contains(GlobalRole.ADMIN) || caller.personId() != null && !secretaryBodies().isEmpty();
    }

    /** The bodies the caller is secretary of today (the bodies number in the tens). */
    private Set<BodyId> secretaryBodies() {
        LocalDate today = LocalDate.now(clock);
        List<String> bodies = jdbc.queryForList("SELECT id FROM body_view", String.class);
        return bodies.stream().map(BodyId::of)
                .filter(body -> callers.rolesIn(body, today).contains(MemberRole.SECRETARY))
                .collect(Collectors.toSet());
    }

    private static OutboxMail named(OutboxMail mail, PersonView person) {
        String name = person == null ? null : person.name();
        return new OutboxMail(mail.id(), mail.kind(), mail.personId(), name, mail.to(), mail.language(),
                mail.meetingId(), mail.actionId(), mail.subject(), mail.text(), mail.state(), mail.attempts(),
                mail.lastError(), mail.createdAt(), mail.nextAttemptAt(), mail.sentAt(), mail.redacted());
    }

    private static Stored row(ResultSet rs, int n) throws SQLException {
        UUID meeting = rs.getObject("meeting_id", UUID.class);
        UUID action = rs.getObject("action_id", UUID.class);
        OutboxMail mail = new OutboxMail(rs.getLong("id"), rs.getString("kind"),
                PersonId.of(rs.getObject("person_id", UUID.class)), null, rs.getString("address"),
                rs.getString("language"), meeting == null ? null : MeetingId.of(meeting),
                action == null ? null : ActionId.of(action), rs.getString("subject"), rs.getString("text_body"),
                rs.getString("state"), rs.getInt("attempts"), rs.getString("last_error"), instant(rs, "created_at"),
                instant(rs, "next_attempt_at"), instant(rs, "sent_at"), rs.getTimestamp("redacted_at") != null);
        List<BodyId> bodies = Arrays.stream(rs.getString("body_ids").split(","))
                .filter(id -> !id.isBlank()).map(BodyId::of).toList();
        return new Stored(mail, bodies);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
