package dk.protokol.infra.minutes;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.CorrectionId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.AgendaItemAdded;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.AttendanceRecorded;
import dk.protokol.events.meeting.AttendanceStatus;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.events.meeting.DecisionRecorded;
import dk.protokol.events.meeting.ItemNotesRecorded;
import dk.protokol.events.meeting.MeetingClosed;
import dk.protokol.events.meeting.MeetingOpened;
import dk.protokol.events.meeting.MeetingScheduled;
import dk.protokol.events.meeting.MinutesApproved;
import dk.protokol.events.meeting.MinutesCirculated;
import dk.protokol.events.meeting.MinutesCorrected;
import dk.protokol.events.organisation.BodyEstablished;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.MemberAppointed;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.organisation.PersonRegistered;
import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.support.PostgresTestDatabase;
import dk.protokol.infra.support.StoreScript;
import dk.protokol.infra.support.StoreScript.Projection;
import dk.protokol.query.minutes.DecisionProjection;
import dk.protokol.query.minutes.MinutesProjection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

import static dk.protokol.infra.support.ReadSide.readUpTo;
import static dk.protokol.infra.support.ReadSide.reader;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The minutes, the meeting list and the decision register against the real PostgreSQL: the V6 tables and
 * the V7 Danish full-text search, the live projections in pooled processors, read-your-writes, as-of
 * through the JDBC history (before and after a correction), and a rebuild that gives identical rows.
 * Events are appended straight to the store, as the aggregates would, with recording times and the
 * acting person chosen by the test.
 */
@SpringBootTest(classes = ProtokolApplication.class, properties = "protokol.read-your-writes.max-wait=5s")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class MinutesViewsOnPostgresTest {

    private static final Instant RECORDED = Instant.parse("2024-03-01T09:00:00Z");
    /** The rows of both projections, compared before and after a rebuild (the search column as the database has it). */
    private static String rows(boolean postgres) {
        return "SELECT 'minutes' AS view, id, state FROM minutes_view UNION ALL "
                + "SELECT 'decision-meeting', id, state FROM decision_meeting UNION ALL "
                + "SELECT 'decision', decision_id, meeting_id || ' ' || position || ' ' || decision_text "
                + "|| ' ' || " + (postgres ? "search::text" : "search_text") + " FROM decision_register ORDER BY 1, 2";
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc http;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private final BodyId bps = BodyId.random();
    private final BodyId fku = BodyId.random();
    private final PersonId chair = PersonId.random();
    private final PersonId secretary = PersonId.random();
    private final MeetingId march = MeetingId.random();
    private final MeetingId june = MeetingId.random();
    private final MeetingId fkuMeeting = MeetingId.random();
    private final AgendaItemId standing = AgendaItemId.random();
    private final AgendaItemId budget = AgendaItemId.random();
    private final AgendaItemId fkuItem = AgendaItemId.random();

    private StoreScript store;

    @BeforeEach
    void writeToTheStore() {
        store = new StoreScript(context, RECORDED);
    }

    @Test
    void minutesMeetingsAndDecisionsFollowTheStoreAnswerAsOfAndRebuildIdentically() throws Exception {
        append(new PersonRegistered(chair, "Bo Borgmester", null, null, "Vejle Kommune"), null);
        append(new PersonRegistered(secretary, "Sif Sekretær", null, null, "Fællessekretariatet"), null);
        append(new BodyEstablished(bps, "Boligpolitisk Styregruppe", BodyKind.STEERING_GROUP, "BolivVejle",
                null, null, 4, null, LocalDate.of(2020, 1, 1)), null);
        append(new BodyEstablished(fku, "Forum for Koordination og Udvikling", BodyKind.FORUM, "BolivVejle",
                bps, null, 4, null, LocalDate.of(2020, 1, 1)), null);
        append(new MemberAppointed(bps, chair, MemberRole.CHAIR, "Vejle Kommune", LocalDate.of(2020, 1, 1)), null);

        // the June meeting is scheduled first: the list orders by start, not by recording
        append(new MeetingScheduled(june, bps, LocalDateTime.of(2024, 6, 11, 9, 0),
                LocalDateTime.of(2024, 6, 11, 11, 0), "Løget Beboerhus"), secretary);
        append(new MeetingScheduled(march, bps, LocalDateTime.of(2024, 3, 12, 9, 0),
                LocalDateTime.of(2024, 3, 12, 11, 0), "Rådhuset"), secretary);
        append(new AgendaItemAdded(march, standing, "Godkendelse af dagsorden og referat", AgendaItemKind.DECISION,
                null, null, true), secretary);
        append(new AgendaItemAdded(march, budget, "Budget 2025", AgendaItemKind.DECISION, null, chair, false),
                secretary);
        append(new AttendanceRecorded(march, chair, AttendanceStatus.PRESENT, null, null, null, null), secretary);
        append(new MeetingOpened(march), secretary);
        append(new ItemNotesRecorded(march, budget, "Sekretariatet gennemgik tallene."), secretary);
        append(new DecisionRecorded(march, budget, DecisionId.random(), "Styregruppen godkender budget 2025.",
                DecisionOutcome.ADOPTED, "Sekretariatet indstiller godkendelse.", 5, 0, 1, false), secretary);
        append(new MeetingClosed(march), secretary);
        append(new MinutesCirculated(march), secretary);
        append(new MinutesApproved(march, chair, june), chair);
        Instant beforeCorrection = store.lastRecorded();
        append(new MinutesCorrected(march, CorrectionId.random(), budget, "Sekretariatet og FKU gennemgik tallene.",
                "FKU deltog også"), secretary);
        append(new MeetingScheduled(fkuMeeting, fku, LocalDateTime.of(2024, 4, 2, 13, 0),
                LocalDateTime.of(2024, 4, 2, 15, 0), "Jobcentret"), secretary);
        append(new AgendaItemAdded(fkuMeeting, fkuItem, "Handleplan", AgendaItemKind.DECISION, null, null, false),
                secretary);
        long head = append(new DecisionRecorded(fkuMeeting, fkuItem, DecisionId.random(),
                "Handleplanen for Kolding sendes videre.", DecisionOutcome.ADOPTED, null, null, null, null, false),
                secretary);

        readUpTo(http, head, "evaluator", get("/api/meetings/{id}/minutes", march))
                .andExpect(jsonPath("$.meetingId").value(march.toString()))
                .andExpect(jsonPath("$.bodyName").value("Boligpolitisk Styregruppe"))
                .andExpect(jsonPath("$.organisation").value("BolivVejle"))
                .andExpect(jsonPath("$.status").value("MINUTES_APPROVED"))
                .andExpect(jsonPath("$.statusLabel").value("referat godkendt"))
                .andExpect(jsonPath("$.start").value("2024-03-12T09:00:00"))
                .andExpect(jsonPath("$.location").value("Rådhuset"))
                .andExpect(jsonPath("$.present[0].name").value("Bo Borgmester"))
                .andExpect(jsonPath("$.present[0].representing").value("Vejle Kommune"))
                .andExpect(jsonPath("$.referent.name").value("Sif Sekretær"))
                .andExpect(jsonPath("$.approvedBy.name").value("Bo Borgmester"))
                .andExpect(jsonPath("$.approvedAtMeeting.meetingId").value(june.toString()))
                .andExpect(jsonPath("$.approvedAtMeeting.start").value("2024-06-11T09:00:00"))
                .andExpect(jsonPath("$.agenda", hasSize(2)))
                .andExpect(jsonPath("$.agenda[1].number").value(2))
                .andExpect(jsonPath("$.agenda[1].kindLabel").value("til beslutning"))
                .andExpect(jsonPath("$.agenda[1].presenter.name").value("Bo Borgmester"))
                .andExpect(jsonPath("$.agenda[1].notes").value("Sekretariatet gennemgik tallene."))
                .andExpect(jsonPath("$.agenda[1].recommendation").value("Sekretariatet indstiller godkendelse."))
                .andExpect(jsonPath("$.agenda[1].decisions[0].outcomeLabel").value("vedtaget"))
                .andExpect(jsonPath("$.agenda[1].decisions[0].votes.votesFor").value(5))
                .andExpect(jsonPath("$.agenda[1].corrections[0].text")
                        .value("Sekretariatet og FKU gennemgik tallene."))
                .andExpect(jsonPath("$.corrections", hasSize(1)));

        http.perform(get("/api/meetings/{id}/minutes", march).param("asOf", beforeCorrection.toString())
                        .with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value(beforeCorrection.toString()))
                .andExpect(jsonPath("$.agenda[1].notes").value("Sekretariatet gennemgik tallene."))
                .andExpect(jsonPath("$.agenda[1].corrections", hasSize(0)))
                .andExpect(jsonPath("$.corrections", hasSize(0)));
        http.perform(get("/api/meetings/{id}/minutes", march).param("asOf", beforeCorrection.plusSeconds(1).toString())
                        .with(reader()))
                .andExpect(jsonPath("$.agenda[1].notes").value("Sekretariatet gennemgik tallene."))
                .andExpect(jsonPath("$.agenda[1].corrections", hasSize(1)));

        http.perform(get("/api/meetings/{id}/minutes", june).with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.minutesApprovedHere[0].meetingId").value(march.toString()));
        http.perform(get("/api/meetings/{id}/minutes", UUID.randomUUID()).with(reader()))
                .andExpect(status().isNotFound());

        http.perform(get("/api/meetings").param("bodyId", bps.toString()).with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", contains(march.toString(), june.toString())))
                .andExpect(jsonPath("$[0].bodyName").value("Boligpolitisk Styregruppe"))
                .andExpect(jsonPath("$[0].location").value("Rådhuset"))
                .andExpect(jsonPath("$[0].expectedEnd").value("2024-03-12T11:00:00"))
                .andExpect(jsonPath("$[1].status").value("SCHEDULED"));
        http.perform(get("/api/meetings").param("from", "2024-03-13").param("to", "2024-06-11")
                        .with(reader()))
                .andExpect(jsonPath("$[*].id", contains(fkuMeeting.toString(), june.toString())));

        // Danish full-text search stems on PostgreSQL ("budgettet" finds "budget"); the embedded H2 finds every word
        // as written (DecisionSearch), so there the inflected form finds nothing and the word as written does
        boolean postgres = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName())
                .equals("PostgreSQL");
        if (!postgres) {
            readUpTo(http, head, "evaluator", get("/api/decisions").param("q", "budgettet"))
                    .andExpect(jsonPath("$", hasSize(0)));
        }
        readUpTo(http, head, "evaluator", get("/api/decisions").param("q", postgres ? "budgettet" : "budget"))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].text").value("Styregruppen godkender budget 2025."))
                .andExpect(jsonPath("$[0].itemTitle").value("Budget 2025"))
                .andExpect(jsonPath("$[0].meetingStart").value("2024-03-12T09:00:00"))
                .andExpect(jsonPath("$[0].bodyName").value("Boligpolitisk Styregruppe"))
                .andExpect(jsonPath("$[0].outcomeLabel").value("vedtaget"));
        http.perform(get("/api/decisions").param("q", postgres ? "handleplanerne" : "handleplan").with(reader()))
                .andExpect(jsonPath("$[*].meetingId", contains(fkuMeeting.toString())));
        http.perform(get("/api/decisions").param("q", "budget kolding").with(reader()))
                .andExpect(jsonPath("$", hasSize(0)));
        http.perform(get("/api/decisions").param("bodyId", fku.toString()).with(reader()))
                .andExpect(jsonPath("$[*].meetingId", contains(fkuMeeting.toString())));
        http.perform(get("/api/decisions").param("from", "2024-03-01").param("to", "2024-03-31")
                        .with(reader()))
                .andExpect(jsonPath("$[*].meetingId", contains(march.toString())));
        // the whole of 2024 (other tests share this database, with meetings of other years)
        http.perform(get("/api/decisions").param("from", "2024-01-01").with(reader()))
                .andExpect(jsonPath("$[*].meetingId", contains(march.toString(), fkuMeeting.toString())));

        store.rebuildsIdentically(rows(postgres), head, new Projection(MinutesProjection.PROCESSING_GROUP, "minutes_view"),
                new Projection(DecisionProjection.PROCESSING_GROUP, "decision_register"));
    }

    /**
     * Appends one event as its aggregate would, one second after the one before, with the acting person in
     * its metadata (null: work of the system).
     */
    private long append(Object payload, PersonId by) {
        return store.append(by == null ? Map.of("userId", "system")
                : Map.of("userId", "sekretaer", "personId", by.toString()), payload);
    }
}
