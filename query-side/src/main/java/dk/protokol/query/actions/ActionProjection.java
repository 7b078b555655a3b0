package dk.protokol.query.actions;

import dk.protokol.query.common.RowBatch;
import dk.protokol.events.query.actions.ActionFilter;
import dk.protokol.events.query.actions.ActionStatus;
import dk.protokol.events.action.ActionItemEvent;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AttachmentId;
import dk.protokol.events.action.ActionAttachmentAdded;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.MeetingEvent;
import dk.protokol.query.common.Stamp;
import dk.protokol.query.common.ViewJson;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The live action list: one row per action holding its {@link ActionState} as JSON beside the columns the
 * list filters on (status, body, owner, due date, completion day), and the digests of the meetings
 * (action_meeting) that say where an action was agreed and when. Rows are written in the processor's
 * transaction, together with its token; each row is only ever written by the events of one aggregate (an
 * action's row by the action, a meeting's row by the meeting), so the default per-aggregate sequencing
 * keeps every row to one thread and the segments may run in parallel.
 */
@Component
@ProcessingGroup(ActionProjection.PROCESSING_GROUP)
public class ActionProjection {

    public static final String PROCESSING_GROUP = "actions";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final MeetingDigestTable meetings;

    public ActionProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.meetings = new MeetingDigestTable(jdbc, "action_meeting");
    }

    @EventHandler
    public void on(ActionItemEvent event, @Timestamp Instant recordedAt, MetaData metaData) {
        String id = event.actionId().toString();
        ActionState current = RowBatch.find(jdbc, "action_view", ActionState.class, id, ActionProjection::actionOf).orElse(null);
        ActionState next = ActionFold.apply(current, event, Stamp.of(recordedAt, metaData));
        if (next == null || next.equals(current)) {
            return;
        }
        long recorded = recordedAt.toEpochMilli();
        RowBatch.upsert("action_view", id, current, next, action -> jdbc.update(
                "INSERT INTO action_view (id, body_id, meeting_id, owner_id, status, due_date, completed_on, "
                        + "state, last_recorded_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, action.bodyId().toString(),
                action.meetingId() == null ? null : action.meetingId().toString(), owner(action),
                action.status().name(), action.dueDate(), action.completedOn(), ViewJson.write(action), recorded),
                action -> jdbc.update("UPDATE action_view SET owner_id = ?, status = ?, due_date = ?, "
                                + "completed_on = ?, state = ?, last_recorded_ms = GREATEST(COALESCE(last_recorded_ms, ?), ?) "
                                + "WHERE id = ?", owner(action), action.status().name(), action.dueDate(),
                        action.completedOn(), ViewJson.write(action), recorded, recorded, id));
        if (event instanceof ActionAttachmentAdded added) {
            // which action holds a bilag, so that a download finds it without reading every action (V23)
            String attachment = added.attachmentId().toString();
            RowBatch.write("action_attachment", attachment, id, () -> jdbc.update(
                    "INSERT INTO action_attachment (attachment_id, action_id) VALUES (?, ?)", attachment, id));
        }
    }

    /** The action whose row an event's payload writes, or null. */
    public static String actionOf(Object payload) {
        return payload instanceof ActionItemEvent event ? event.actionId().toString() : null;
    }

    private static String owner(ActionState action) {
        return action.ownerId() == null ? null : action.ownerId().toString();
    }

    /** The action a bilag of an action's progress belongs to (issue 14). */
    public Optional<ActionId> actionOf(AttachmentId attachment) {
        return jdbc.query("SELECT action_id FROM action_attachment WHERE attachment_id = ?",
                (row, n) -> ActionId.of(row.getString("action_id")), attachment.toString()).stream().findFirst();
    }

    @EventHandler
    public void on(MeetingEvent event) {
        MeetingDigest current = meetings.find(event.meetingId()).orElse(null);
        meetings.save(current, MeetingDigestFold.apply(current, event));
    }

    @ResetHandler
    public void reset() {
        jdbc.update("DELETE FROM action_view");
        jdbc.update("DELETE FROM action_attachment");
        meetings.clear();
    }

    public Optional<ActionState> find(ActionId id) {
        return jdbc.query("SELECT state FROM action_view WHERE id = ?", (row, n) -> read(row.getString("state")),
                id.toString()).stream().findFirst();
    }

    /** Every action the person owns as last recorded (a person's own data, GDPR Art. 15). */
    public List<ActionState> ownedBy(PersonId owner) {
        return jdbc.query("SELECT state FROM action_view WHERE owner_id = ? ORDER BY id",
                (row, n) -> read(row.getString("state")), owner.toString());
    }

    /** Every action agreed in one body. */
    public List<ActionState> ofBody(BodyId body) {
        return jdbc.query("SELECT state FROM action_view WHERE body_id = ? ORDER BY id",
                (row, n) -> read(row.getString("state")), body.toString());
    }

    /**
     * The actions that may pass {@code filter} on its day; {@link ActionList#rows} then decides exactly. The
     * columns hold each action as last recorded, which is how it stands on any day from today on
     * ({@code present}) except for a completion dated later than that day: those are let through. For an
     * earlier day the body (which never changes) narrows the search, and for the open ones the status: an action
     * done now and completed by that day was done that day too (its last status change holds from its day).
     */
    public List<ActionState> candidates(ActionFilter filter, boolean present) {
        return candidates(filter, present, null, null);
    }

    /**
     * As {@link #candidates(ActionFilter, boolean)}, without the actions agreed at a meeting that starts after
     * {@code agreedUpTo} (a meeting's follow-up lists those agreed before it; an action whose meeting's digest is
     * missing is let through, as the follow-up lets it through).
     */
    public List<ActionState> candidates(ActionFilter filter, boolean present, LocalDateTime agreedUpTo) {
        return candidates(filter, present, null, agreedUpTo);
    }

    /**
     * The actions that may pass {@code filter} on its (earlier) day as they stood at {@code asOf}: those that may
     * pass it as last recorded, and every one changed since {@code asOf} (V24's {@code last_recorded_ms}, NULL in
     * rows from before it: let through). A row not changed since is as it was then. Each as last recorded; the caller
     * folds those changed since from their events.
     */
    public List<ActionState> candidatesAsOf(ActionFilter filter, Instant asOf, LocalDateTime agreedUpTo) {
        return candidates(filter, false, asOf, agreedUpTo, null);
    }

    /** Who reads a list that is not everything: the actions of these bodies, and those the person (or null) owns. */
    public record ReadBy(Set<BodyId> bodies, PersonId owner) {
    }

    /**
     * As {@link #candidates(ActionFilter, boolean)}, only the actions {@code readBy} may read (of its bodies or owned
     * by its person), narrowed in SQL: a reader of a few bodies does not read every body's actions.
     */
    public List<ActionState> candidates(ActionFilter filter, boolean present, ReadBy readBy) {
        return candidates(filter, present, null, null, readBy);
    }

    private List<ActionState> candidates(ActionFilter filter, boolean present, Instant asOf,
                                         LocalDateTime agreedUpTo) {
        return candidates(filter, present, asOf, agreedUpTo, null);
    }

    private List<ActionState> candidates(ActionFilter filter, boolean present, Instant asOf,
                                         LocalDateTime agreedUpTo, ReadBy readBy) {
        StringBuilder sql = new StringBuilder("SELECT state FROM action_view WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (readBy != null) {
            List<String> bodies = readBy.bodies().stream().map(BodyId::toString).sorted().toList();
            if (bodies.isEmpty() && readBy.owner() == null) {
                return List.of();
            }
            List<String> either = new ArrayList<>();
            if (!bodies.isEmpty()) {
                either.add("body_id IN (:readBodies)");
                parameters.put("readBodies", bodies);
            }
            if (readBy.owner() != null) {
                either.add("owner_id = :reader");
                parameters.put("reader", readBy.owner().toString());
            }
            sql.append(" AND (").append(String.join(" OR ", either)).append(")");
        }
        if (agreedUpTo != null) {
            sql.append(" AND NOT EXISTS (SELECT 1 FROM action_meeting m WHERE m.id = action_view.meeting_id"
                    + " AND m.start_at > :agreedUpTo)");
            parameters.put("agreedUpTo", agreedUpTo);
        }
        if (filter.bodyId() != null) {
            sql.append(" AND body_id = :body");
            parameters.put("body", filter.bodyId().toString());
        }
        if (present) {
            LocalDate on = filter.on();
            parameters.put("on", on);
            if (filter.ownerId() != null) {
                sql.append(" AND owner_id = :owner");
                parameters.put("owner", filter.ownerId().toString());
            }
            boolean openWanted = filter.status() == ActionStatus.OPEN || Boolean.TRUE.equals(filter.overdue());
            if (openWanted) {
                sql.append(" AND (status = 'OPEN' OR (status = 'DONE' AND completed_on > :on))");
            }
            if (filter.status() == ActionStatus.DONE) {
                sql.append(" AND status = 'DONE' AND completed_on <= :on");
            } else if (filter.status() == ActionStatus.CANCELLED) {
                sql.append(" AND status = 'CANCELLED'");
            }
            if (Boolean.TRUE.equals(filter.overdue())) {
                sql.append(" AND due_date < :on");
            }
            if (filter.dueBefore() != null) {
                sql.append(" AND due_date < :dueBefore");
                parameters.put("dueBefore", filter.dueBefore());
            }
        } else if (filter.status() == ActionStatus.OPEN || Boolean.TRUE.equals(filter.overdue())) {
            // open on an earlier day: an action's last status change holds from its day (ActionOnDate), so one now
            // done and completed by that day was done then too; a cancellation's day is not in a column
            parameters.put("on", filter.on());
            sql.append(" AND (status IN ('OPEN', 'CANCELLED') OR (status = 'DONE' AND completed_on > :on)");
            if (asOf != null) {
                // rounded down: every change recorded after asOf is at or after its millisecond
                parameters.put("asOf", asOf.toEpochMilli());
                sql.append(" OR last_recorded_ms IS NULL OR last_recorded_ms >= :asOf");
            }
            sql.append(")");
        }
        return named.query(sql.toString(), parameters, (row, n) -> read(row.getString("state")));
    }

    public MeetingDigestTable meetings() {
        return meetings;
    }

    private static ActionState read(String json) {
        return ViewJson.read(json, ActionState.class);
    }
}
