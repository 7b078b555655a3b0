package dk.protokol.infra.minutes;

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
import dk.protokol.events.meeting.MinutesApproved;
import dk.protokol.events.meeting.MinutesCirculated;
import dk.protokol.events.meeting.RemarkRecorded;
import dk.protokol.events.organisation.BodyEstablished;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.BodyRenamed;
import dk.protokol.events.organisation.MemberAppointed;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.organisation.PersonDetailsChanged;
import dk.protokol.events.organisation.PersonErased;
import dk.protokol.events.organisation.PersonRegistered;
import dk.protokol.events.personal.PersonalData;
import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.support.PostgresTestDatabase;
import dk.protokol.infra.support.StoreScript;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static dk.protokol.infra.support.ReadSide.readUpTo;
import static dk.protokol.infra.support.ReadSide.reader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * As of means as of (issue 12, item 7): every view read as of an instant names people and bodies as they were
 * recorded then, not as they are called today. A chair and two bodies are renamed after a meeting, and a member is
 * erased after it; the minutes (JSON and Markdown), the decision register, the actions, the organisation chart and a
 * body, and the histories, read as of before the changes, show the old names, while the live views show the new
 * ones. Personal data stays sealed in the store and is revealed through the port; the erased member stays
 * "Slettet person" as of before the erasure too (time travel does not undo an erasure).
 */
@SpringBootTest(classes = ProtokolApplication.class, properties = {"protokol.read-your-writes.max-wait=5s",
        // a context (and so a database) of its own: the other view tests count bodies, meetings, actions and cases
        "protokol.test.context=as-of-names"})
@AutoConfigureMockMvc
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class AsOfNamesOnPostgresTest {

    private static final Instant RECORDED = Instant.parse("2017-02-01T09:00:00Z");
    private static final String CHAIR_THEN = "Tove Lindqvist-Brandt";
    private static final String CHAIR_NOW = "Tove Brandt";
    private static final String MEMBER = "Anker Fiskbæk";
    private static final String BODY_THEN = "Boligudvalget Vest";
    private static final String BODY_NOW = "Bolig- og Byudvalget";
    private static final String TARGET_THEN = "Styregruppen for Byfornyelse";
    private static final String TARGET_NOW = "Byfornyelsesudvalget";

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc http;
    @Autowired
    PersonalData personalData;
    @Autowired
    PlatformTransactionManager transactions;

    private final String organisation = "Vestby " + UUID.randomUUID().toString().substring(0, 8);
    private final BodyId body = BodyId.random();
    private final BodyId target = BodyId.random();
    private final PersonId chair = PersonId.random();
    private final PersonId member = PersonId.random();
    private final MeetingId meeting = MeetingId.random();
    private final AgendaItemId item = AgendaItemId.random();
    private final DecisionId decision = DecisionId.random();
    private final ActionId action = ActionId.random();

    private StoreScript store;

    @BeforeEach
    void writeToTheStore() {
        store = new StoreScript(context, RECORDED);
    }

    @Test
    void viewsAsOfBeforeARenameAndAnErasureShowTheNamesAsRecordedThen() throws Exception {
        LocalDate established = LocalDate.of(2016, 1, 1);
        append(new PersonRegistered(chair, seal(chair, CHAIR_THEN), seal(chair, "tove@vestby.example"), null,
                "Vestby Kommune"));
        append(new PersonRegistered(member, seal(member, MEMBER), null, seal(member, "+45 30 40 50 60"),
                "Lejerforeningen Vest"));
        append(new BodyEstablished(target, TARGET_THEN, BodyKind.STEERING_GROUP, organisation, null, null, 4, null,
                established));
        append(new BodyEstablished(body, BODY_THEN, BodyKind.WORKING_GROUP, organisation, target, null, 6, null,
                established));
        append(new MemberAppointed(body, chair, MemberRole.CHAIR, "Vestby Kommune", established));
        append(new MemberAppointed(body, member, MemberRole.MEMBER, "Lejerforeningen Vest", established));
        append(new MeetingScheduled(meeting, body, LocalDateTime.of(2017, 3, 14, 9, 0),
                LocalDateTime.of(2017, 3, 14, 11, 0), "Vestby Rådhus"));
        append(new AgendaItemAdded(meeting, item, "Nye lejeboliger i Vest", AgendaItemKind.DECISION, null, chair,
                false));
        append(new AttendanceRecorded(meeting, chair, AttendanceStatus.PRESENT, null, null, null, null));
        append(new AttendanceRecorded(meeting, member, AttendanceStatus.PRESENT, null, null, null, null));
        append(new MeetingOpened(meeting));
        append(new DecisionRecorded(meeting, item, decision, "Udvalget anbefaler planen.", DecisionOutcome.ADOPTED,
                null, 5, 1, 0, false));
        append(new RemarkRecorded(meeting, decision, member, "Jeg stemte imod."));
        append(new ActionAgreed(meeting, item, action, "Indhente priser på byggeriet", chair,
                LocalDate.of(2017, 5, 1), decision));
        append(new CaseReferred(meeting, item, ReferralId.random(), target, "Til styregruppens beslutning"));
        append(new MeetingClosed(meeting));
        append(new MinutesCirculated(meeting));
        append(new MinutesApproved(meeting, chair, null));
        Instant before = store.lastRecorded();

        // afterwards: the chair's name changes, both bodies are renamed (from their first day), the member is erased
        append(new PersonDetailsChanged(chair, seal(chair, CHAIR_NOW), seal(chair, "tove@vestby.example"), null,
                "Vestby Kommune"));
        append(new BodyRenamed(body, BODY_NOW, established));
        append(new BodyRenamed(target, TARGET_NOW, established));
        new TransactionTemplate(transactions).executeWithoutResult(status -> personalData.forget(member));
        long head = append(new PersonErased(member, "Anmodning om sletning", "admin",
                store.lastRecorded().plusSeconds(1)));

        // the live views (read-your-writes waits for every projection these reads need) have today's names
        String liveMinutes = read(readUpTo(http, head, "evaluator", get("/api/meetings/{id}/minutes", meeting)));
        assertThat(liveMinutes).contains(CHAIR_NOW, BODY_NOW, TARGET_NOW, "Slettet person")
                .doesNotContain(CHAIR_THEN, BODY_THEN, TARGET_THEN, MEMBER);
        readUpTo(http, head, "evaluator", get("/api/org-chart").param("organisation", organisation));
        readUpTo(http, head, "evaluator", get("/api/actions").param("bodyId", body.toString()));
        readUpTo(http, head, "evaluator", get("/api/decisions").param("bodyId", body.toString()));

        Map<String, MockHttpServletRequestBuilder> views = new LinkedHashMap<>();
        views.put("minutes", get("/api/meetings/{id}/minutes", meeting));
        views.put("minutes.md", get("/api/meetings/{id}/minutes.md", meeting));
        views.put("decision register", get("/api/decisions").param("bodyId", body.toString()));
        views.put("actions", get("/api/actions").param("bodyId", body.toString()));
        views.put("action", get("/api/actions/{id}", action));
        views.put("actions overview", get("/api/bodies/{id}/actions/overview", body));
        views.put("org chart", get("/api/org-chart").param("organisation", organisation).param("on", "2017-03-14"));
        views.put("body", get("/api/bodies/{id}", body).param("on", "2017-03-14"));
        views.put("bodies", get("/api/bodies").param("organisation", organisation).param("on", "2017-03-14"));
        views.put("meeting history", get("/api/history/meetings/{id}", meeting));
        views.put("decision history", get("/api/history/meetings/{id}/decisions/{decisionId}", meeting, decision));
        views.put("body history", get("/api/history/bodies/{id}", body));
        views.put("person history", get("/api/history/people/{id}", chair));
        for (Map.Entry<String, MockHttpServletRequestBuilder> view : views.entrySet()) {
            String asOf = read(http.perform(view.getValue().param("asOf", before.toString()).with(reader()))
                    .andExpect(status().isOk()));
            assertThat(asOf).as(view.getKey()).doesNotContain(CHAIR_NOW, BODY_NOW, TARGET_NOW, MEMBER)
                    .containsAnyOf(CHAIR_THEN, BODY_THEN);
        }

        String minutesThen = read(http.perform(get("/api/meetings/{id}/minutes", meeting)
                .param("asOf", before.toString()).with(reader())).andExpect(status().isOk()));
        assertThat(minutesThen).contains(CHAIR_THEN, BODY_THEN, TARGET_THEN, "Slettet person");
        String chartThen = read(http.perform(get("/api/org-chart").param("organisation", organisation)
                .param("on", "2017-03-14").param("asOf", before.toString()).with(reader()))
                .andExpect(status().isOk()));
        assertThat(chartThen).contains(CHAIR_THEN, BODY_THEN, TARGET_THEN, "Slettet person");
        String erasedThen = read(http.perform(get("/api/history/people/{id}", member)
                .param("asOf", before.toString()).with(reader())).andExpect(status().isOk()));
        assertThat(erasedThen).contains("Slettet person").doesNotContain(MEMBER, "+45 30 40 50 60");

        // and as of after the changes, the new names
        String minutesAfter = read(http.perform(get("/api/meetings/{id}/minutes", meeting)
                .param("asOf", store.lastRecorded().toString()).with(reader())).andExpect(status().isOk()));
        assertThat(minutesAfter).contains(CHAIR_NOW, BODY_NOW, TARGET_NOW).doesNotContain(CHAIR_THEN, BODY_THEN);
    }

    private String seal(PersonId person, String value) {
        return new TransactionTemplate(transactions).execute(status -> personalData.seal(person, value));
    }

    private static String read(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return new String(result.andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private long append(Object payload) {
        return store.append(Map.of("userId", "sekretaer"), payload);
    }
}
