package dk.protokol.infra.organisation;

import com.fasterxml.jackson.databind.JsonNode;
import dk.protokol.command.body.KnownBody;
import dk.protokol.command.body.OrganisationLookup;
import dk.protokol.events.ids.BodyId;
import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.security.DemoAccounts;
import dk.protokol.infra.support.PostgresTestDatabase;
import dk.protokol.infra.support.RecordingTime;
import dk.protokol.infra.web.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static dk.protokol.infra.organisation.DemoDataAndRestartTest.body;
import static dk.protokol.infra.organisation.DemoDataAndRestartTest.organisation;
import static dk.protokol.infra.organisation.DemoDataAndRestartTest.relations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Organisation part of API.md end to end over HTTP on PostgreSQL: an administrator builds a small
 * organisation, the chart answers for a business date ({@code on}) and a recording instant ({@code asOf}),
 * and every kind of bad input is refused with a clear problem and records nothing.
 */
@SpringBootTest(classes = ProtokolApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class OrganisationApiTest {

    private static final String ORG = "Testpartnerskabet";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoAccounts demoAccounts;
    @Autowired
    OrganisationLookup lookup;

    Http http;

    @BeforeEach
    void users() {
        demoAccounts.ensure(Map.of());
        http = new Http(port);
    }

    @Test
    void chartAnswersForABusinessDateAndForARecordingInstant() {
        String bo = created(admin("/api/people", "{\"name\":\"Bo Borgmester\",\"email\":\"bo@eksempel.dk\"}"));
        String dorte = created(admin("/api/people", "{\"name\":\"Dorte Direktør\"}"));
        String bps = created(admin("/api/bodies", "{\"name\":\"Styregruppen\",\"kind\":\"STEERING_GROUP\","
                + "\"organisation\":\"" + ORG + "\",\"meetingsPerYear\":4,\"establishedOn\":\"2020-01-01\"}"));
        String fku = created(admin("/api/bodies", "{\"name\":\"Forummet\",\"kind\":\"FORUM\","
                + "\"organisation\":\"" + ORG + "\",\"establishedOn\":\"2020-01-01\"}"));
        ok(admin("/api/bodies/" + fku + "/relations", "{\"targetBodyId\":\"" + bps + "\",\"relation\":\"PREPARES_FOR\"}"));
        ok(admin("/api/bodies/" + bps + "/members",
                "{\"personId\":\"" + bo + "\",\"role\":\"CHAIR\",\"from\":\"2020-01-01\"}"));
        ok(admin("/api/bodies/" + bps + "/members",
                "{\"personId\":\"" + dorte + "\",\"role\":\"MEMBER\",\"representing\":\"Kommunen\",\"from\":\"2020-01-01\"}"));
        Instant beforeChairChange = RecordingTime.asOfNow();

        ok(admin("/api/bodies/" + bps + "/members/" + bo + "/role", "{\"role\":\"MEMBER\",\"from\":\"2022-03-01\"}"));
        long position = ok(admin("/api/bodies/" + bps + "/members/" + dorte + "/role",
                "{\"role\":\"CHAIR\",\"from\":\"2022-03-01\"}"));

        assertThat(chairOfBps("on=2022-02-28&minPosition=" + position)).isEqualTo("Bo Borgmester");
        assertThat(chairOfBps("on=2022-03-01&minPosition=" + position)).isEqualTo("Dorte Direktør");
        assertThat(chairOfBps("on=2022-03-01&asOf=" + beforeChairChange)).isEqualTo("Bo Borgmester");

        JsonNode chart = http.get("evaluator", "demo", "/api/org-chart?organisation=" + ORG + "&on=2023-01-01").json();
        JsonNode forum = body(organisation(chart, ORG), "Forummet");
        assertThat(relations(forum)).containsExactly("PREPARES_FOR->" + bps);

        Http.Answer single = http.get("medlem", "demo", "/api/bodies/" + bps + "?on=2023-01-01");
        assertThat(single.status()).isEqualTo(200);
        assertThat(single.json().path("members").findValuesAsText("name"))
                .containsExactlyInAnyOrder("Bo Borgmester", "Dorte Direktør");
    }

    @Test
    void badInputIsRefusedWithAClearProblemAndRecordsNothing() {
        String bps = created(admin("/api/bodies", "{\"name\":\"Regelgruppen\",\"kind\":\"STEERING_GROUP\","
                + "\"organisation\":\"" + ORG + "\",\"establishedOn\":\"2020-01-01\"}"));
        String chair = created(admin("/api/people", "{\"name\":\"Cille Formand\"}"));
        String other = created(admin("/api/people", "{\"name\":\"Ole Anden\"}"));
        ok(admin("/api/bodies/" + bps + "/members", "{\"personId\":\"" + chair + "\",\"role\":\"CHAIR\",\"from\":\"2020-01-01\"}"));

        // 400: missing and invalid fields, each named
        Http.Answer missing = refused(() -> admin("/api/bodies", "{\"kind\":\"FORUM\"}"), 400);
        assertThat(fields(missing)).contains("name", "organisation");
        Http.Answer badKind = refused(() -> admin("/api/bodies",
                "{\"name\":\"X\",\"kind\":\"KLUB\",\"organisation\":\"" + ORG + "\"}"), 400);
        assertThat(fields(badKind)).contains("kind");
        Http.Answer badDate = refused(() -> admin("/api/bodies/" + bps + "/members",
                "{\"personId\":\"" + other + "\",\"role\":\"MEMBER\",\"from\":\"1. januar\"}"), 400);
        assertThat(fields(badDate)).contains("from");
        Http.Answer badEmail = refused(() -> admin("/api/people", "{\"name\":\"Eva\",\"email\":\"ikke-en-adresse\"}"), 400);
        assertThat(fields(badEmail)).contains("email");

        // 404: unknown ids
        refused(() -> admin("/api/bodies/" + UUID.randomUUID() + "/members",
                "{\"personId\":\"" + other + "\",\"role\":\"MEMBER\",\"from\":\"2021-01-01\"}"), 404);
        refused(() -> admin("/api/bodies/" + bps + "/members",
                "{\"personId\":\"" + UUID.randomUUID() + "\",\"role\":\"MEMBER\",\"from\":\"2021-01-01\"}"), 404);
        assertThat(http.get("evaluator", "demo", "/api/bodies/" + UUID.randomUUID()).status()).isEqualTo(404);

        // 409: a broken rule, named
        Http.Answer twoChairs = refused(() -> admin("/api/bodies/" + bps + "/members",
                "{\"personId\":\"" + other + "\",\"role\":\"CHAIR\",\"from\":\"2021-01-01\"}"), 409);
        assertThat(twoChairs.json().path("rule").asText()).isEqualTo("AtMostOneChairOnAnyDate");
        assertThat(twoChairs.json().path("detail").asText()).isNotBlank();
        Http.Answer endsBeforeStart = refused(() -> admin("/api/bodies/" + bps + "/members/" + chair + "/end",
                "{\"to\":\"2019-12-31\"}"), 409);
        assertThat(endsBeforeStart.json().path("rule").asText()).isEqualTo("MembershipMustNotEndBeforeItStarts");

        // 403: only an administrator changes the organisation
        refused(() -> http.post("sekretaer", "demo", "/api/bodies",
                "{\"name\":\"Y\",\"kind\":\"FORUM\",\"organisation\":\"" + ORG + "\"}"), 403);
    }

    @Test
    void aBodyRenamedWithANewQuorumAndAnEndedRelationIsShownAsItStoodOnEachDay() {
        String org = "Omdøbningspartnerskabet";
        String board = created(admin("/api/bodies", "{\"name\":\"Bestyrelsen\",\"kind\":\"BOARD\","
                + "\"organisation\":\"" + org + "\",\"establishedOn\":\"2020-01-01\"}"));
        String group = created(admin("/api/bodies", "{\"name\":\"Temagruppen\",\"kind\":\"WORKING_GROUP\","
                + "\"organisation\":\"" + org + "\",\"quorum\":3,\"establishedOn\":\"2020-01-01\"}"));
        ok(admin("/api/bodies/" + group + "/relations", "{\"targetBodyId\":\"" + board + "\",\"relation\":\"REPORTS_TO\"}"));
        Instant beforeTheChanges = RecordingTime.asOfNow();

        ok(admin("/api/bodies/" + group + "/rename", "{\"name\":\"Følgegruppen\",\"on\":\"2024-01-01\"}"));
        ok(admin("/api/bodies/" + group + "/quorum", "{\"quorum\":4,\"on\":\"2024-01-01\"}"));
        ok(admin("/api/bodies/" + group + "/cadence", "{\"meetingsPerYear\":6,\"on\":\"2024-01-01\"}"));
        ok(admin("/api/bodies/" + group + "/mandate", "{\"mandate\":\"Følger indsatsen\",\"on\":\"2024-01-01\"}"));
        ok(admin("/api/bodies/" + group + "/relations/end", "{\"targetBodyId\":\"" + board
                + "\",\"relation\":\"REPORTS_TO\",\"on\":\"2024-06-01\"}"));
        ok(admin("/api/bodies/" + group + "/dissolve", "{\"on\":\"2025-01-01\",\"reason\":\"Afløst\"}"));
        long position = ok(admin("/api/bodies/" + group + "/successor", "{\"successorId\":\"" + board
                + "\",\"on\":\"2025-01-01\"}"));

        JsonNode before = http.get("evaluator", "demo", "/api/bodies/" + group + "?on=2023-12-31&minPosition="
                + position).json();
        assertThat(before.path("name").asText()).isEqualTo("Temagruppen");
        assertThat(before.path("quorum").asInt()).isEqualTo(3);
        JsonNode after = http.get("evaluator", "demo", "/api/bodies/" + group + "?on=2024-01-01").json();
        assertThat(after.path("name").asText()).isEqualTo("Følgegruppen");
        assertThat(after.path("quorum").asInt()).isEqualTo(4);
        assertThat(after.path("meetingsPerYear").asInt()).isEqualTo(6);
        assertThat(after.path("mandate").asText()).isEqualTo("Følger indsatsen");
        assertThat(after.path("relations").findValuesAsText("targetName")).containsExactly("Bestyrelsen");
        assertThat(after.path("successor").path("name").asText()).isEqualTo("Bestyrelsen");
        assertThat(after.path("successorFrom").asText()).isEqualTo("2025-01-01");

        JsonNode chartBeforeTheEnd = http.get("evaluator", "demo", "/api/org-chart?organisation=" + org
                + "&on=2024-05-31").json();
        assertThat(relations(body(organisation(chartBeforeTheEnd, org), "Følgegruppen")))
                .containsExactly("REPORTS_TO->" + board);
        JsonNode chartAfterTheEnd = http.get("evaluator", "demo", "/api/org-chart?organisation=" + org
                + "&on=2024-06-01").json();
        assertThat(relations(body(organisation(chartAfterTheEnd, org), "Følgegruppen"))).isEmpty();
        JsonNode asRecordedBefore = http.get("evaluator", "demo", "/api/org-chart?organisation=" + org
                + "&on=2024-06-01&asOf=" + beforeTheChanges).json();
        assertThat(relations(body(organisation(asRecordedBefore, org), "Temagruppen")))
                .containsExactly("REPORTS_TO->" + board);

        // the rules answer 409 with their names, the limits 400 with the field
        Http.Answer sameName = refused(() -> admin("/api/bodies/" + group + "/rename",
                "{\"name\":\"Følgegruppen\",\"on\":\"2024-03-01\"}"), 409);
        assertThat(sameName.json().path("rule").asText()).isEqualTo("ChangeMustDiffer");
        assertThat(sameName.json().path("detail").asText()).isEqualTo("Organet hedder allerede sådan pr. 1. marts 2024.");
        Http.Answer endedTwice = refused(() -> admin("/api/bodies/" + group + "/relations/end",
                "{\"targetBodyId\":\"" + board + "\",\"relation\":\"REPORTS_TO\",\"on\":\"2024-07-01\"}"), 409);
        assertThat(endedTwice.json().path("rule").asText()).isEqualTo("RelationEndsOnlyOnce");
        Http.Answer afterDissolution = refused(() -> admin("/api/bodies/" + group + "/quorum",
                "{\"quorum\":2,\"on\":\"2025-02-01\"}"), 409);
        assertThat(afterDissolution.json().path("rule").asText()).isEqualTo("NoChangeAfterDissolution");
        Http.Answer noDate = refused(() -> admin("/api/bodies/" + board + "/cadence", "{\"meetingsPerYear\":2}"), 400);
        assertThat(fields(noDate)).containsExactly("on");
        refused(() -> http.post("sekretaer", "demo", "/api/bodies/" + board + "/rename",
                "{\"name\":\"Z\",\"on\":\"2024-01-01\"}"), 403);
    }

    @Test
    void anEndedRelationIsDeclaredAgainFromItsEndAndShownInEachPeriod() {
        String org = "Genoptagelsespartnerskabet";
        String board = created(admin("/api/bodies", "{\"name\":\"Bestyrelsen\",\"kind\":\"BOARD\","
                + "\"organisation\":\"" + org + "\",\"establishedOn\":\"2020-01-01\"}"));
        String secretariat = created(admin("/api/bodies", "{\"name\":\"Sekretariatet\",\"kind\":\"SECRETARIAT\","
                + "\"organisation\":\"" + org + "\",\"establishedOn\":\"2020-01-01\"}"));
        String serves = "{\"targetBodyId\":\"" + board + "\",\"relation\":\"SERVES\"";
        ok(admin("/api/bodies/" + secretariat + "/relations", serves + "}"));
        ok(admin("/api/bodies/" + secretariat + "/relations/end", serves + ",\"on\":\"2024-06-01\"}"));
        assertThat(lookup.servedBy(BodyId.of(UUID.fromString(board)))).isEmpty();

        Http.Answer beforeTheEnd = refused(() -> admin("/api/bodies/" + secretariat + "/relations",
                serves + ",\"from\":\"2024-05-31\"}"), 409);
        assertThat(beforeTheEnd.json().path("rule").asText()).isEqualTo("RelationDeclaredAgainFromItsEnd");
        assertThat(beforeTheEnd.json().path("field").asText()).isEqualTo("from");
        assertThat(beforeTheEnd.json().path("detail").asText()).isEqualTo("Relationen ophørte pr. 1. juni 2024 og"
                + " kan tidligst gælde igen fra den dag, ikke fra 31. maj 2024.");
        Http.Answer withoutADay = refused(() -> admin("/api/bodies/" + secretariat + "/relations", serves + "}"),
                409);
        assertThat(withoutADay.json().path("rule").asText()).isEqualTo("RelationDeclaredAgainFromItsEnd");
        Http.Answer notADay = refused(() -> admin("/api/bodies/" + secretariat + "/relations",
                serves + ",\"from\":\"1. september\"}"), 400);
        assertThat(fields(notADay)).containsExactly("from");

        long position = ok(admin("/api/bodies/" + secretariat + "/relations", serves + ",\"from\":\"2024-09-01\"}"));
        assertThat(lookup.servedBy(BodyId.of(UUID.fromString(board)))).as("cmd_body_relation")
                .containsExactly(BodyId.of(UUID.fromString(secretariat)));
        Http.Answer twice = refused(() -> admin("/api/bodies/" + secretariat + "/relations",
                serves + ",\"from\":\"2024-10-01\"}"), 409);
        assertThat(twice.json().path("rule").asText()).isEqualTo("RelationAlreadyDeclared");

        assertThat(relationsOn(secretariat, "2024-05-31", position)).containsExactly("Bestyrelsen");
        assertThat(relationsOn(secretariat, "2024-06-01", position)).isEmpty();
        assertThat(relationsOn(secretariat, "2024-08-31", position)).isEmpty();
        assertThat(relationsOn(secretariat, "2024-09-01", position)).containsExactly("Bestyrelsen");
        JsonNode chart = http.get("evaluator", "demo", "/api/org-chart?organisation=" + org + "&on=2025-01-01")
                .json();
        assertThat(relations(body(organisation(chart, org), "Sekretariatet"))).containsExactly("SERVES->" + board);

        Http.Answer beforeTheBody = refused(() -> admin("/api/bodies/" + board + "/relations",
                "{\"targetBodyId\":\"" + secretariat + "\",\"relation\":\"REPORTS_TO\",\"from\":\"2019-12-31\"}"),
                409);
        assertThat(beforeTheBody.json().path("rule").asText()).isEqualTo("NoChangeBeforeEstablishment");
        assertThat(beforeTheBody.json().path("field").asText()).isEqualTo("from");
    }

    @Test
    void theCommandSidesLookupAnswersABodysQuorumByTheDay() {
        String board = created(admin("/api/bodies", "{\"name\":\"Beslutningsdygtig bestyrelse\",\"kind\":\"BOARD\","
                + "\"organisation\":\"Kvorumpartnerskabet\",\"quorum\":3,\"establishedOn\":\"2020-01-01\"}"));
        ok(admin("/api/bodies/" + board + "/quorum", "{\"quorum\":5,\"on\":\"2024-01-01\"}"));
        ok(admin("/api/bodies/" + board + "/quorum", "{\"quorum\":null,\"on\":\"2026-01-01\"}"));
        ok(admin("/api/bodies/" + board + "/quorum", "{\"quorum\":4,\"on\":\"2024-01-01\"}"));
        BodyId id = BodyId.of(UUID.fromString(board));

        assertThat(lookup.quorumOn(id, LocalDate.of(2019, 12, 31))).isEmpty();
        assertThat(lookup.quorumOn(id, LocalDate.of(2020, 1, 1))).contains(3);
        assertThat(lookup.quorumOn(id, LocalDate.of(2023, 12, 31))).contains(3);
        assertThat(lookup.quorumOn(id, LocalDate.of(2024, 1, 1))).as("replaced the 5 of the same day").contains(4);
        assertThat(lookup.quorumOn(id, LocalDate.of(2025, 12, 31))).contains(4);
        assertThat(lookup.quorumOn(id, LocalDate.of(2026, 1, 1))).isEmpty();
        assertThat(lookup.body(id)).map(KnownBody::quorum).as("the quorum given last").contains(4);
    }

    private List<String> relationsOn(String body, String on, long position) {
        JsonNode detail = http.get("evaluator", "demo", "/api/bodies/" + body + "?on=" + on + "&minPosition="
                + position).json();
        return detail.path("relations").findValuesAsText("targetName");
    }

    @Test
    void theApiIsDescribedAndHealthAnswersWithoutLogin() {
        Http.Answer docs = http.get(null, null, "/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().path("paths").has("/api/org-chart")).isTrue();
        assertThat(docs.json().path("paths").has("/api/bodies/{id}/members")).isTrue();
        Http.Answer health = http.get(null, null, "/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("UP");
        assertThat(http.get(null, null, "/api/org-chart").status()).isEqualTo(401);
    }

    private String chairOfBps(String query) {
        Http.Answer answer = http.get("evaluator", "demo", "/api/org-chart?organisation=" + ORG + "&" + query);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return body(organisation(answer.json(), ORG), "Styregruppen").path("chair").path("name").asText();
    }

    private Http.Answer admin(String path, String json) {
        return http.post("admin", "demo", path, json);
    }

    private static String created(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.json().path("position").asLong()).isPositive();
        return answer.json().path("id").asText();
    }

    private static long ok(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isIn(200, 201);
        return answer.json().path("position").asLong();
    }

    /** Sends a request that must be refused with {@code status} as problem+json, and records no event. */
    private Http.Answer refused(Supplier<Http.Answer> request, int status) {
        long before = eventCount();
        Http.Answer answer = request.get();
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(eventCount()).as("events stored after a refused request").isEqualTo(before);
        return answer;
    }

    private long eventCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
    }

    private static List<String> fields(Http.Answer problem) {
        List<String> fields = new ArrayList<>();
        problem.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }
}
