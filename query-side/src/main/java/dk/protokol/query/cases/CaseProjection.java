package dk.protokol.query.cases;

import dk.protokol.query.common.RowBatch;
import dk.protokol.events.query.cases.ReferralStatus;
import dk.protokol.events.action.ActionItemEvent;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.ReferralId;
import dk.protokol.events.meeting.MeetingEvent;
import dk.protokol.query.actions.ActionFold;
import dk.protokol.query.actions.ActionProjection;
import dk.protokol.query.actions.ActionState;
import dk.protokol.query.actions.MeetingDigest;
import dk.protokol.query.actions.MeetingDigestFold;
import dk.protokol.query.actions.MeetingDigestTable;
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

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The live cases: how referred cases travel from body to body. The group folds meeting events into its own
 * meeting digests (case_meeting) and action events into its own copy of the actions (case_action, with the
 * meeting and item they were agreed under), and keeps the links between them keyed by referral id: the
 * referral made from an item (case_referral) and the items that took the case onto another body's agenda
 * (case_acceptance). A case's trail is put together from these rows when it is read ({@link CaseTrail}).
 *
 * <p>Every row is written by the events of one aggregate only (a referral row by the referring meeting, an
 * acceptance row by the accepting meeting, an action's row by the action), so the default per-aggregate
 * sequencing keeps each row to one thread, the segments may run in parallel, and no row depends on the
 * order in which two aggregates' events happen to be processed.
 */
@Component
@ProcessingGroup(CaseProjection.PROCESSING_GROUP)
public class CaseProjection {

    public static final String PROCESSING_GROUP = "cases";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final MeetingDigestTable meetings;

    public CaseProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.meetings = new MeetingDigestTable(jdbc, "case_meeting");
    }

    @EventHandler
    public void on(MeetingEvent event) {
        MeetingDigest current = meetings.find(event.meetingId()).orElse(null);
        MeetingDigest next = MeetingDigestFold.apply(current, event);
        if (next == null || next.equals(current)) {
            return;
        }
        meetings.save(current, next);
        String meetingId = next.meetingId().toString();
        List<CaseLinks.Referred> referred = CaseLinks.referred(next);
        if (!referred.equals(CaseLinks.referred(current))) {
            RowBatch.write("case_referral", meetingId, referred, () -> {
                jdbc.update("DELETE FROM case_referral WHERE from_meeting_id = ?", meetingId);
                for (CaseLinks.Referred r : referred) {
                    jdbc.update("INSERT INTO case_referral (referral_id, from_body_id, from_meeting_id, from_item_id, "
                                    + "from_start_at, target_body_id) VALUES (?, ?, ?, ?, ?, ?)",
                            r.referralId().toString(), r.fromBodyId().toString(), meetingId, r.fromItemId().toString(),
                            r.fromStart(), r.targetBodyId().toString());
                }
            });
        }
        List<CaseLinks.Accepted> accepted = CaseLinks.accepted(next);
        if (!accepted.equals(CaseLinks.accepted(current))) {
            RowBatch.write("case_acceptance", meetingId, accepted, () -> {
                jdbc.update("DELETE FROM case_acceptance WHERE meeting_id = ?", meetingId);
                for (CaseLinks.Accepted a : accepted) {
                    jdbc.update("INSERT INTO case_acceptance (referral_id, meeting_id, item_id, active) "
                            + "VALUES (?, ?, ?, ?)", a.referralId().toString(), meetingId, a.itemId().toString(),
                            a.active());
                }
            });
        }
    }

    @EventHandler
    public void on(ActionItemEvent event, @Timestamp Instant recordedAt, MetaData metaData) {
        String id = event.actionId().toString();
        ActionState current = RowBatch.find(jdbc, "case_action", ActionState.class, id, ActionProjection::actionOf).orElse(null);
        ActionState next = ActionFold.apply(current, event, Stamp.of(recordedAt, metaData));
        if (next == null || next.equals(current)) {
            return;
        }
        RowBatch.upsert("case_action", id, current, next, action -> jdbc.update(
                        "INSERT INTO case_action (id, meeting_id, item_id, state) VALUES (?, ?, ?, ?)", id,
                        action.meetingId() == null ? null : action.meetingId().toString(),
                        action.itemId() == null ? null : action.itemId().toString(), ViewJson.write(action)),
                action -> jdbc.update("UPDATE case_action SET state = ? WHERE id = ?", ViewJson.write(action), id));
    }

    @ResetHandler
    public void reset() {
        jdbc.update("DELETE FROM case_referral");
        jdbc.update("DELETE FROM case_acceptance");
        jdbc.update("DELETE FROM case_action");
        meetings.clear();
    }

    public MeetingDigestTable meetings() {
        return meetings;
    }

    public Optional<CaseLinks.Referred> referral(ReferralId id) {
        return jdbc.query("SELECT * FROM case_referral WHERE referral_id = ?", CaseProjection::referred,
                id.toString()).stream().findFirst();
    }

    /** Referrals to one body (all when null) with the given status (any when null), oldest meeting first. */
    public List<CaseLinks.Referred> referrals(BodyId targetBody, ReferralStatus status) {
        StringBuilder sql = new StringBuilder("SELECT r.* FROM case_referral r WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (targetBody != null) {
            sql.append(" AND r.target_body_id = :target");
            parameters.put("target", targetBody.toString());
        }
        if (status != null) {
            sql.append(status == ReferralStatus.ACCEPTED ? " AND EXISTS" : " AND NOT EXISTS")
                    .append(" (SELECT 1 FROM case_acceptance a WHERE a.referral_id = r.referral_id AND a.active)");
        }
        sql.append(" ORDER BY r.from_start_at, r.referral_id");
        return named.query(sql.toString(), parameters, CaseProjection::referred);
    }

    /** The items that took these cases onto an agenda, withdrawn ones included. */
    public List<CaseLinks.Accepted> acceptances(List<ReferralId> referrals) {
        if (referrals.isEmpty()) {
            return List.of();
        }
        return named.query("SELECT * FROM case_acceptance WHERE referral_id IN (:ids) "
                        + "ORDER BY referral_id, meeting_id, item_id",
                Map.of("ids", referrals.stream().map(ReferralId::toString).toList()),
                (row, n) -> new CaseLinks.Accepted(ReferralId.of(row.getString("referral_id")),
                        MeetingId.of(row.getString("meeting_id")), AgendaItemId.of(row.getString("item_id")),
                        row.getBoolean("active")));
    }

    /** The actions agreed under one agenda item. */
    public List<ActionState> actionsUnder(MeetingId meeting, AgendaItemId item) {
        return jdbc.query("SELECT state FROM case_action WHERE meeting_id = ? AND item_id = ? ORDER BY id",
                (row, n) -> ViewJson.read(row.getString("state"), ActionState.class), meeting.toString(),
                item.toString());
    }

    private static CaseLinks.Referred referred(ResultSet row, int n) throws SQLException {
        return new CaseLinks.Referred(ReferralId.of(row.getString("referral_id")),
                BodyId.of(row.getString("from_body_id")), MeetingId.of(row.getString("from_meeting_id")),
                AgendaItemId.of(row.getString("from_item_id")), row.getObject("from_start_at", LocalDateTime.class),
                BodyId.of(row.getString("target_body_id")));
    }
}
