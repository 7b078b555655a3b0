package dk.protokol.infra.minutes;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.AgendaItemAdded;
import dk.protokol.events.meeting.AgendaItemAmended;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.events.meeting.DecisionRecorded;
import dk.protokol.events.meeting.ItemNotesRecorded;
import dk.protokol.events.meeting.MeetingOpened;
import dk.protokol.events.meeting.MeetingScheduled;
import dk.protokol.events.meeting.RemarkRecorded;
import dk.protokol.events.organisation.BodyEstablished;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.PersonRegistered;
import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.support.PostgresTestDatabase;
import dk.protokol.infra.support.StoreScript;
import dk.protokol.query.common.ReadYourWrites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
import java.util.List;
import java.util.Map;

import static dk.protokol.infra.support.ReadSide.reader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The history of an agenda item and of a decision end to end on PostgreSQL: events in the store with the audit
 * metadata the commands carry, read back through the JDBC event history, the people view naming who did it, the
 * HTTP API and the evaluator's page (through the query gateway). A meeting with two items: one is added, amended
 * by the chair's account, decided with a remark; the other item's events stay out of the first one's history.
 * As of a moment before the amendment, the history ends before it.
 */
@SpringBootTest(classes = ProtokolApplication.class, properties = "protokol.read-your-writes.max-wait=5s")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class ItemHistoryOnPostgresTest {

    // Shares its Spring context (and database) with MinutesViewsOnPostgresTest, which counts the decisions of the
    // whole register: the meeting here is in 2019 and its words are its own.
    private static final Instant RECORDED = Instant.parse("2024-03-01T09:00:00Z");

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc http;

    private final BodyId bps = BodyId.random();
    private final PersonId secretary = PersonId.random();
    private final PersonId chair = PersonId.random();
    private final MeetingId meeting = MeetingId.random();
    private final AgendaItemId budget = AgendaItemId.random();
    private final AgendaItemId other = AgendaItemId.random();
    private final DecisionId decision = DecisionId.random();
    private final DecisionId otherDecision = DecisionId.random();

    private StoreScript store;

    @BeforeEach
    void writeToTheStore() {
        store = new StoreScript(context, RECORDED);
    }

    @Test
    void anItemsAndADecisionsHistoryListTheirOwnEventsInOrderWithWhoDidThem() throws Exception {
        Map<String, String> bySecretary = Map.of("userId", "sekretaer", "personId", secretary.toString());
        Map<String, String> byChair = Map.of("userId", "formand", "personId", chair.toString());
        store.append(Map.of("userId", "admin"), new PersonRegistered(secretary, "Sif Sekretær", null, null, null));
        store.append(Map.of("userId", "admin"), new PersonRegistered(chair, "Bo Borgmester", null, null, null));
        store.append(Map.of("userId", "admin"), new BodyEstablished(bps, "Boligpolitisk Styregruppe",
                BodyKind.STEERING_GROUP, "BolivVejle", null, null, 4, null, LocalDate.of(2020, 1, 1)));
        store.append(bySecretary, new MeetingScheduled(meeting, bps, LocalDateTime.of(2019, 3, 12, 9, 0),
                LocalDateTime.of(2019, 3, 12, 11, 0), "Rådhuset"));
        long added = store.append(bySecretary, new AgendaItemAdded(meeting, budget, "Legepladser", AgendaItemKind.DECISION,
                null, null, false));
        Instant beforeAmendment = store.lastRecorded();
        store.append(bySecretary, new AgendaItemAdded(meeting, other, "Eventuelt", AgendaItemKind.INFORMATION, null,
                null, false));
        long amended = store.append(byChair, new AgendaItemAmended(meeting, budget, "Legepladser 2020", null, null));
        store.append(bySecretary, new MeetingOpened(meeting));
        store.append(bySecretary, new ItemNotesRecorded(meeting, other, "Intet."));
        long decided = store.append(bySecretary, new DecisionRecorded(meeting, budget, decision,
                "Styregruppen godkender legepladsplanen.", DecisionOutcome.ADOPTED, null, 5, 0, 1, false));
        store.append(bySecretary, new DecisionRecorded(meeting, other, otherDecision, "Taget til efterretning.",
                DecisionOutcome.NOTED, null, null, null, null, false));
        long remarked = store.append(bySecretary, new RemarkRecorded(meeting, decision, chair,
                "Formanden tager forbehold for anlægsdelen."));
        long head = store.append(bySecretary, new RemarkRecorded(meeting, otherDecision, chair, "Ingen."));

        // the item: added, amended by the chair's account, decided, a remark on its decision
        http.perform(get("/api/history/meetings/{id}/items/{itemId}", meeting, budget)
                        .param("minPosition", "" + head).with(reader()))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist(ReadYourWrites.STALE_HEADER))
                .andExpect(jsonPath("$.subject").value("AGENDA_ITEM"))
                .andExpect(jsonPath("$.title").value("Legepladser 2020"))
                .andExpect(jsonPath("$.meeting.bodyName").value("Boligpolitisk Styregruppe"))
                .andExpect(jsonPath("$.entries[*].event").value(contains("AgendaItemAdded", "AgendaItemAmended",
                        "DecisionRecorded", "RemarkRecorded")))
                .andExpect(jsonPath("$.entries[*].position").value(contains((int) added, (int) amended,
                        (int) decided, (int) remarked)))
                .andExpect(jsonPath("$.entries[*].who").value(contains("Sif Sekretær", "Bo Borgmester",
                        "Sif Sekretær", "Sif Sekretær")))
                .andExpect(jsonPath("$.entries[1].userId").value("formand"))
                .andExpect(jsonPath("$.entries[1].personId").value(chair.toString()))
                .andExpect(jsonPath("$.entries[1].what").value("Punktet »Legepladser« blev ændret"))
                .andExpect(jsonPath("$.entries[1].details").value(contains("Ny titel: Legepladser 2020")))
                .andExpect(jsonPath("$.entries[1].recordedAt").value(RECORDED.plusSeconds(6).toString()))
                .andExpect(jsonPath("$.entries[3].what").value("Protokolbemærkning fra Bo Borgmester til "
                        + "beslutningen »Styregruppen godkender legepladsplanen.«"));

        // the decision: itself and its remark, not the other decision's
        http.perform(get("/api/history/meetings/{id}/decisions/{decisionId}", meeting, decision)
                        .with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Styregruppen godkender legepladsplanen."))
                .andExpect(jsonPath("$.entries[*].position").value(contains((int) decided, (int) remarked)))
                .andExpect(jsonPath("$.entries[0].what").value("Beslutning i punktet »Legepladser 2020«: vedtaget"))
                .andExpect(jsonPath("$.entries[0].details").value(contains(
                        "Beslutning: Styregruppen godkender legepladsplanen.", "Stemmer: 5 for, 0 imod, 1 undlod at stemme")));

        // as of before the amendment: only the item as first added
        http.perform(get("/api/history/meetings/{id}/items/{itemId}", meeting, budget)
                        .param("asOf", beforeAmendment.toString()).with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Legepladser"))
                .andExpect(jsonPath("$.asOf").value(beforeAmendment.toString()))
                .andExpect(jsonPath("$.entries", hasSize(1)))
                .andExpect(jsonPath("$.entries[0].event").value("AgendaItemAdded"));
        // ... when the decision had not been recorded yet
        http.perform(get("/api/history/meetings/{id}/decisions/{decisionId}", meeting, decision)
                        .param("asOf", beforeAmendment.toString()).with(reader()))
                .andExpect(status().isNotFound());

        // the whole meeting, the body and a person
        http.perform(get("/api/history/meetings/{id}", meeting).with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries", hasSize(10)))
                .andExpect(jsonPath("$.meeting.start").value(startsWith("2019-03-12T09:00")));
        http.perform(get("/api/history/bodies/{id}", bps).with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Boligpolitisk Styregruppe"))
                .andExpect(jsonPath("$.entries[*].who").value(contains("admin")));
        http.perform(get("/api/history/people/{id}", chair).with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Bo Borgmester"))
                .andExpect(jsonPath("$.entries[*].event").value(contains("PersonRegistered")));

        // unknown things, or things of another kind, are 404 problems
        http.perform(get("/api/history/meetings/{id}/items/{itemId}", meeting, AgendaItemId.random())
                        .with(reader()))
                .andExpect(status().isNotFound());
        http.perform(get("/api/history/meetings/{id}", bps).with(reader()))
                .andExpect(status().isNotFound());
        http.perform(get("/api/history/people/{id}", bps).with(reader()))
                .andExpect(status().isNotFound());
        // signed-in readers only
        http.perform(get("/api/history/meetings/{id}", meeting)).andExpect(status().isUnauthorized());

        // the evaluator's page asks through the query gateway and shows the same four entries in Danish time
        String html = http.perform(get("/evaluering/historik/moeder/{id}/punkter/{itemId}", meeting, budget)
                        .with(reader()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Historik for punktet »Legepladser 2020«");
        List<Element> rows = page.select("#historik tbody tr");
        assertThat(rows).extracting(row -> row.select("td").get(0).text())
                .containsExactly("Sif Sekretær", "Bo Borgmester", "Sif Sekretær", "Sif Sekretær");
        // recorded 09:00:06 UTC, an hour later in Copenhagen in March
        assertThat(rows.get(1).selectFirst("th").text()).isEqualTo("1. marts 2024 10:00:06");
    }
}
