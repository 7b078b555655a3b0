package dk.protokol.infra.meetings;

import com.fasterxml.jackson.databind.JsonNode;
import dk.protokol.infra.support.ApiScript;
import dk.protokol.infra.support.DemoDataTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API end to end on PostgreSQL, for what the command's own limits and the named rules now answer (issues 9 and
 * 10): a meeting time with an offset is the Copenhagen time it denotes; a time that cannot be read and a meeting
 * without a body are 400s naming the field (for the secretary too, not a 403); a membership from before the body was
 * established is refused by its rule. A refused request stores nothing ({@link ApiScript#refused}).
 */
@DemoDataTest
class InputOnOnePathApiTest {

    static final String FKU = "Forum for Koordination og Udvikling";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    ApiScript api;

    @BeforeEach
    void script() {
        api = new ApiScript(port, jdbc);
    }

    @Test
    void aTimeWithAnOffsetIsTheCopenhagenTimeItDenotes() {
        String meeting = api.create("sekretaer", "/api/meetings", """
                {"bodyId": "%s", "start": "2027-02-04T12:00:00Z", "expectedEnd": "2027-06-03T10:00:00+02:00",
                 "location": "Vejle Rådhus"}""".formatted(api.bodyId(FKU)));
        JsonNode minutes = api.get("sekretaer", "/api/meetings/" + meeting + "/minutes");
        assertThat(minutes.path("start").asText()).startsWith("2027-02-04T13:00");
        assertThat(minutes.path("expectedEnd").asText()).startsWith("2027-06-03T10:00");
    }

    @Test
    void aTimeThatCannotBeReadAndAMissingBodyAreNamedNotForbidden() {
        JsonNode unreadable = api.refusedPost(400, "sekretaer", "/api/meetings", """
                {"bodyId": "%s", "start": "i morgen kl. 14", "expectedEnd": "2027-02-04T16:00",
                 "location": "Vejle Rådhus"}""".formatted(api.bodyId(FKU)));
        assertThat(unreadable.path("errors").get(0).path("field").asText()).isEqualTo("start");

        JsonNode noBody = api.refusedPost(400, "sekretaer", "/api/meetings", """
                {"start": "2027-02-04T14:00", "expectedEnd": "2027-02-04T16:00", "location": "Vejle Rådhus"}""");
        assertThat(noBody.path("errors").get(0).path("field").asText()).isEqualTo("bodyId");
        assertThat(noBody.path("errors").get(0).path("message").asText()).isEqualTo("Vælg det organ, der holder mødet.");
    }

    @Test
    void aMembershipFromBeforeTheBodyWasEstablishedIsRefusedByItsRule() {
        String body = api.create("admin", "/api/bodies", """
                {"name": "Arbejdsgruppe om fritidsjob", "kind": "WORKING_GROUP", "organisation": "BolivVejle",
                 "establishedOn": "2026-09-01"}""");
        String person = api.create("admin", "/api/people", "{\"name\": \"Birthe Bestyrelsesmedlem\"}");
        JsonNode refused = api.refusedPost(409, "admin", "/api/bodies/" + body + "/members", """
                {"personId": "%s", "role": "MEMBER", "from": "2026-08-31"}""".formatted(person));
        assertThat(refused.path("rule").asText()).isEqualTo("MembershipNotBeforeEstablishment");
        assertThat(refused.path("detail").asText()).startsWith("Medlemskabet kan ikke begynde 31. august 2026");
        api.post("admin", "/api/bodies/" + body + "/members", """
                {"personId": "%s", "role": "MEMBER", "from": "2026-09-01"}""".formatted(person));
    }
}
