package dk.protokol.infra.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.protokol.events.action.ActionCompleted;
import dk.protokol.events.action.ActionProgressReported;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.ids.ReferralId;
import dk.protokol.events.meeting.ActionAgreed;
import dk.protokol.events.meeting.AgendaItemAdded;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.AttendanceRecorded;
import dk.protokol.events.meeting.AttendanceStatus;
import dk.protokol.events.meeting.CaseReferred;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.events.meeting.DecisionRecorded;
import dk.protokol.events.meeting.MeetingClosed;
import dk.protokol.events.meeting.MeetingOpened;
import dk.protokol.events.meeting.MeetingScheduled;
import dk.protokol.events.meeting.ReferredCaseAccepted;
import dk.protokol.events.organisation.BodyEstablished;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.MemberAppointed;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.organisation.PersonRegistered;
import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.security.AccountPrincipal;
import dk.protokol.infra.support.PostgresTestDatabase;
import dk.protokol.infra.support.StoreScript;
import dk.protokol.infra.support.StoreScript.Projection;
import dk.protokol.query.actions.ActionProjection;
import dk.protokol.query.cases.CaseProjection;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dk.protokol.infra.support.ReadSide.readUpTo;
import static dk.protokol.infra.support.ReadSide.reader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Actions, cases and the evaluator figures against the real PostgreSQL: the V8 tables, the live projections
 * "actions" and "cases" in pooled processors, read-your-writes, as-of through the JDBC history, the CSV
 * beside the JSON list, the caller's own actions from the signed-in account, and a rebuild that gives
 * identical rows. Events are appended straight to the store, as the aggregates would, with recording times and
 * the acting user chosen by the test; an appended ActionAgreed opens its ActionItem in the same transaction
 * through the command side's subscribing ActionItemOpener, as in the running system. People are fictitious.
 *
 * <p>The story: FKU meets on 2024-02-01, decides on the new plan, refers it to BPS and agrees that Bo writes
 * to the fund by 02-15 (never done). BPS takes the case up on 2024-03-10, approves it and agrees that Anna
 * sends the plan by 04-30; she reports progress and completes it on 05-05.
 */
@SpringBootTest(classes = ProtokolApplication.class, properties = {"protokol.read-your-writes.max-wait=5s",
        // a context (and so a database) of its own: the other view tests count bodies and meetings
        "protokol.test.context=actions"})
@AutoConfigureMockMvc
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class ActionViewsOnPostgresTest {

    private static final Instant RECORDED = Instant.parse("2024-06-01T09:00:00Z");
    /** The rows of both projections, compared before and after a rebuild. */
    private static final String ROWS = "SELECT 'action' AS view, id, state FROM action_view UNION ALL "
            + "SELECT 'action_meeting', id, state FROM action_meeting UNION ALL "
            + "SELECT 'case_meeting', id, state FROM case_meeting UNION ALL "
            + "SELECT 'case_action', id, state FROM case_action UNION ALL "
            + "SELECT 'case_referral', referral_id, target_body_id FROM case_referral UNION ALL "
            + "SELECT 'case_acceptance', referral_id, item_id || CAST(active AS VARCHAR(5)) FROM case_acceptance "
            + "ORDER BY 1, 2";

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc http;

    private final ObjectMapper json = new ObjectMapper();

    private final PersonId anna = PersonId.random();
    private final PersonId bo = PersonId.random();
    private final BodyId fku = BodyId.random();
    private final BodyId bps = BodyId.random();
    private final MeetingId fkuMeeting = MeetingId.random();
    private final MeetingId bpsMeeting = MeetingId.random();
    private final AgendaItemId fkuItem = AgendaItemId.random();
    private final AgendaItemId bpsItem = AgendaItemId.random();
    private final DecisionId fkuDecision = DecisionId.random();
    private final DecisionId bpsDecision = DecisionId.random();
    private final ReferralId referral = ReferralId.random();
    private final ActionId letter = ActionId.random();
    private final ActionId plan = ActionId.random();

    private StoreScript store;

    @BeforeEach
    void writeToTheStore() {
        store = new StoreScript(context, RECORDED);
    }

    @Test
    void actionsCasesAndFiguresFollowTheStore() throws Exception {
        LocalDate start = LocalDate.of(2020, 1, 1);
        store.append(new PersonRegistered(anna, "Anna Ærø", null, null, "AAB"));
        store.append(new PersonRegistered(bo, "Bo Borgmester", null, null, "Vejle Kommune"));
        store.append(new BodyEstablished(fku, "Forum for Koordination og Udvikling", BodyKind.FORUM, "BolivVejle", null,
                null, 4, null, start));
        store.append(new BodyEstablished(bps, "Boligpolitisk Styregruppe", BodyKind.STEERING_GROUP, "BolivVejle", null,
                null, 4, null, start));
        store.append(new MemberAppointed(fku, anna, MemberRole.CHAIR, null, start));
        store.append(new MemberAppointed(fku, bo, MemberRole.MEMBER, null, start));
        store.append(new MemberAppointed(bps, bo, MemberRole.CHAIR, null, start));
        store.append(new MemberAppointed(bps, anna, MemberRole.MEMBER, null, start));

        LocalDate february = LocalDate.of(2024, 2, 1);
        store.append(new MeetingScheduled(fkuMeeting, fku, february.atTime(9, 0), february.atTime(11, 0), "Rådhuset"));
        store.append(new AgendaItemAdded(fkuMeeting, fkuItem, "Ny helhedsplan", AgendaItemKind.DECISION, null, null,
                false));
        store.append(new MeetingOpened(fkuMeeting));
        store.append(new AttendanceRecorded(fkuMeeting, anna, AttendanceStatus.PRESENT, null, null, null, null));
        store.append(new AttendanceRecorded(fkuMeeting, bo, AttendanceStatus.APOLOGIES, null, null, null, null));
        store.append(new DecisionRecorded(fkuMeeting, fkuItem, fkuDecision, "FKU anbefaler planen",
                DecisionOutcome.ADOPTED, null, null, null, null, false));
        store.append(new ActionAgreed(fkuMeeting, fkuItem, letter, "Skriv til fonden", bo, LocalDate.of(2024, 2, 15),
                fkuDecision));
        store.append(new CaseReferred(fkuMeeting, fkuItem, referral, bps, "Til godkendelse"));
        long referred = store.append(new MeetingClosed(fkuMeeting));

        readUpTo(http, referred, "evaluator", get("/api/referrals").param("targetBodyId", bps.toString()))
                .andExpect(jsonPath("$[0].referralId").value(referral.toString()))
                .andExpect(jsonPath("$[0].status").value("WAITING"));

        LocalDate march = LocalDate.of(2024, 3, 10);
        store.append(new MeetingScheduled(bpsMeeting, bps, march.atTime(14, 0), march.atTime(16, 0), "Rådhuset"));
        store.append(new AgendaItemAdded(bpsMeeting, bpsItem, "Helhedsplanen", AgendaItemKind.DECISION, null, null,
                false));
        store.append(new ReferredCaseAccepted(bpsMeeting, bpsItem, referral, fku, fkuMeeting, fkuItem));
        store.append(new MeetingOpened(bpsMeeting));
        store.append(new DecisionRecorded(bpsMeeting, bpsItem, bpsDecision, "BPS godkender planen",
                DecisionOutcome.ADOPTED, null, 5, 0, 0, false));
        store.append(new ActionAgreed(bpsMeeting, bpsItem, plan, "Send planen til fonden", anna,
                LocalDate.of(2024, 4, 30), bpsDecision));
        store.append(new MeetingClosed(bpsMeeting));
        store.append(new ActionProgressReported(plan, "Udkast sendt til høring", bpsMeeting));
        Instant beforeCompletion = store.lastRecorded();
        long head = store.append(new ActionCompleted(plan, LocalDate.of(2024, 5, 5), "Sendt"));

        // the organisation views too, for the names
        http.perform(get("/api/bodies").param("minPosition", "" + head).with(reader()))
                .andExpect(status().isOk());

        // on 2024-05-02 both are overdue: the letter (due 02-15) and the plan (due 04-30, completed only 05-05)
        readUpTo(http, head, "evaluator", get("/api/actions").param("overdue", "true").param("on", "2024-05-02"))
                .andExpect(jsonPath("$[*].id", contains(letter.toString(), plan.toString())))
                .andExpect(jsonPath("$[1].owner.name").value("Anna Ærø"))
                .andExpect(jsonPath("$[1].body.name").value("Boligpolitisk Styregruppe"))
                .andExpect(jsonPath("$[1].meetingDate").value("2024-03-10"))
                .andExpect(jsonPath("$[1].itemTitle").value("Helhedsplanen"))
                .andExpect(jsonPath("$[1].status").value("OPEN"));
        // today the plan is done and only the letter is open
        http.perform(get("/api/actions").param("status", "OPEN").with(reader()))
                .andExpect(jsonPath("$[*].id", contains(letter.toString())))
                .andExpect(jsonPath("$[0].overdue").value(true));
        http.perform(get("/api/actions").param("status", "DONE").param("bodyId", bps.toString())
                        .with(reader()))
                .andExpect(jsonPath("$[*].id", contains(plan.toString())))
                .andExpect(jsonPath("$[0].completedOn").value("2024-05-05"));
        // as the system knew it before the completion was recorded, both were open
        http.perform(get("/api/actions").param("status", "OPEN").param("asOf", beforeCompletion.toString())
                        .with(reader()))
                .andExpect(jsonPath("$", hasSize(2)));

        // the CSV has the same lines as the JSON list
        String list = http.perform(get("/api/actions").param("on", "2024-05-02").with(reader()))
                .andReturn().getResponse().getContentAsString();
        byte[] csv = http.perform(get("/api/actions.csv").param("on", "2024-05-02").with(reader()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"handlinger-2024-05-02.csv\""))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(csvIdsAndOwners(csv)).isEqualTo(jsonIdsAndOwners(json.readTree(list)));

        // one action with its origin and history
        http.perform(get("/api/actions/{id}", plan).with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.origin.meetingId").value(bpsMeeting.toString()))
                .andExpect(jsonPath("$.origin.itemTitle").value("Helhedsplanen"))
                .andExpect(jsonPath("$.origin.decisionText").value("BPS godkender planen"))
                .andExpect(jsonPath("$.body.name").value("Boligpolitisk Styregruppe"))
                .andExpect(jsonPath("$.history[*].kind", contains("OPENED", "PROGRESS_REPORTED", "COMPLETED")))
                .andExpect(jsonPath("$.history[0].by.userId").value("sekretaer"))
                .andExpect(jsonPath("$.progress[0].meeting.date").value("2024-03-10"));
        http.perform(get("/api/actions/{id}", UUID.randomUUID()).with(reader()))
                .andExpect(status().isNotFound());

        // the caller's own actions: Anna's account
        AccountPrincipal annasAccount = new AccountPrincipal(UUID.randomUUID(), "anna", "{noop}x", anna.value(),
                List.of(), true);
        http.perform(get("/api/my/actions").with(user(annasAccount)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", contains(plan.toString())));
        http.perform(get("/api/my/actions").with(user("medlem")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));

        // the chair's overview of BPS on 2024-05-10: nothing open, the plan completed within 90 days
        http.perform(get("/api/bodies/{id}/actions/overview", bps).param("on", "2024-05-10").with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.open.count").value(0))
                .andExpect(jsonPath("$.completed.count").value(1))
                .andExpect(jsonPath("$.completed.actions[0].id").value(plan.toString()));

        // the case across bodies
        http.perform(get("/api/referrals").param("status", "ACCEPTED").param("minPosition", "" + head)
                        .with(reader()))
                .andExpect(jsonPath("$[*].referralId", contains(referral.toString())))
                .andExpect(jsonPath("$[0].acceptedMeetingDate").value("2024-03-10"));
        http.perform(get("/api/referrals").param("status", "WAITING").with(reader()))
                .andExpect(jsonPath("$", hasSize(0)));
        http.perform(get("/api/cases/{id}", referral).param("minPosition", "" + head).with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.trail[*].kind", contains("ITEM", "DECISION", "ACTION_AGREED", "REFERRED",
                        "ACCEPTED", "DECISION", "ACTION_AGREED", "PROGRESS_REPORTED", "ACTION_COMPLETED")))
                .andExpect(jsonPath("$.trail[6].owner.name").value("Anna Ærø"))
                .andExpect(jsonPath("$.trail[8].date").value("2024-05-05"));
        http.perform(get("/api/cases/{id}", UUID.randomUUID()).with(reader()))
                .andExpect(status().isNotFound());

        // the figures of FKU in 2024: one meeting held of 4 expected, Anna present, Bo sent apologies
        http.perform(get("/api/bodies/{id}/statistics", fku).param("from", "2024-01-01").param("to", "2024-12-31")
                        .param("minPosition", "" + head).with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.meetings.held").value(1))
                .andExpect(jsonPath("$.meetings.expected").value(4.0))
                .andExpect(jsonPath("$.attendance.expected").value(2))
                .andExpect(jsonPath("$.attendance.present").value(1))
                .andExpect(jsonPath("$.decisions.perMeeting").value(1.0))
                .andExpect(jsonPath("$.actions.due").value(1))
                .andExpect(jsonPath("$.actions.completedByDueDate").value(0));
        http.perform(get("/api/bodies/{id}/statistics", bps).param("from", "2024-01-01").param("to", "2024-12-31")
                        .with(reader()))
                // the plan: agreed 03-10, completed 05-05 = 21 + 30 + 5 = 56 days; due 04-30, so late
                .andExpect(jsonPath("$.actions.medianDaysFromDecisionToCompletion").value(56.0))
                .andExpect(jsonPath("$.actions.shareCompletedByDueDate").value(0.0));
        http.perform(get("/api/bodies/{id}/statistics", fku).param("from", "2024-12-31").param("to", "2024-01-01")
                        .with(reader()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));

        http.perform(get("/api/actions")).andExpect(status().isUnauthorized());

        store.rebuildsIdentically(ROWS, head, new Projection(ActionProjection.PROCESSING_GROUP, "action_view"),
                new Projection(CaseProjection.PROCESSING_GROUP, "case_meeting"));
    }

    private List<String> csvIdsAndOwners(byte[] bytes) throws Exception {
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
        List<String> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                lines.add(record.get("Handlings-id") + " " + record.get("Ansvarlig") + " " + record.get("Frist")
                        + " " + record.get("Forfalden"));
            }
        }
        return lines;
    }

    private static List<String> jsonIdsAndOwners(JsonNode list) {
        List<String> lines = new ArrayList<>();
        list.forEach(line -> lines.add(line.path("id").asText() + " " + line.path("owner").path("name").asText()
                + " " + line.path("dueDate").asText() + " " + (line.path("overdue").asBoolean() ? "Ja" : "Nej")));
        return lines;
    }
}
