package dk.protokol.infra.organisation;

import com.fasterxml.jackson.databind.JsonNode;
import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.support.PostgresTestDatabase;
import dk.protokol.infra.web.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front door: Protokol starts with the demo organisations on an empty store, on the embedded H2
 * default and on PostgreSQL, and a restart keeps everything (and loads nothing twice).
 */
class DemoDataAndRestartTest {

    @Test
    void embeddedDefaultStartsWithBothPartnershipsAndKeepsThemAcrossARestart(@TempDir Path dataDir) {
        // no database settings at all: the embedded default, demo data "auto"
        Map<String, Object> settings = Map.of("protokol.data-dir", dataDir.toString());
        long events = startCheckAndStop(settings, -1);
        startCheckAndStop(settings, events);
    }

    @Test
    void postgresStartsWithBothPartnershipsHasNoLargeObjectsAndKeepsEverythingAcrossARestart() {
        String database = PostgresTestDatabase.createDatabase();
        Map<String, Object> settings = Map.of(
                "spring.datasource.url", PostgresTestDatabase.url(database),
                "spring.datasource.username", PostgresTestDatabase.USER,
                "spring.datasource.password", PostgresTestDatabase.PASSWORD,
                "protokol.demo-data", "true");
        long events = startCheckAndStop(settings, -1);
        startCheckAndStop(settings, events);
    }

    /** Starts the application, checks the demo organisation chart, answers the number of stored events. */
    private long startCheckAndStop(Map<String, Object> settings, long expectedEvents) {
        // as command-line arguments: they outrank application.yml (builder properties would not)
        List<String> arguments = new ArrayList<>(List.of("--server.port=0"));
        settings.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ProtokolApplication.class)
                .run(arguments.toArray(String[]::new))) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long events = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
            long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
            if (expectedEvents >= 0) {
                assertThat(events).as("events after restart").isEqualTo(expectedEvents);
            }
            assertThat(databaseProduct(jdbc)).isEqualTo(settings.containsKey("spring.datasource.url") ? "PostgreSQL" : "H2");
            assertSchemaIsFlywaysWithoutLargeObjects(jdbc);

            Http http = new Http(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
            Http.Answer chart = http.get("evaluator", "demo", "/api/org-chart?minPosition=" + head);
            assertThat(chart.status()).as(chart.body()).isEqualTo(200);
            assertDemoChart(chart.json());

            // the audit chain covers every stored event, on H2 as on PostgreSQL, before and after a restart
            Http.Answer verification = http.get("evaluator", "demo", "/api/audit/verify");
            assertThat(verification.status()).as(verification.body()).isEqualTo(200);
            assertThat(verification.json().path("verified").asBoolean()).as(verification.body()).isTrue();
            assertThat(verification.json().path("events").asLong()).isEqualTo(events);
            return events;
        }
    }

    private static void assertSchemaIsFlywaysWithoutLargeObjects(JdbcTemplate jdbc) {
        assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM flyway_schema_history WHERE success", Long.class)).isGreaterThanOrEqualTo(4);
        if (databaseProduct(jdbc).equals("PostgreSQL")) {
            assertThat(jdbc.queryForList("SELECT table_name || '.' || column_name FROM information_schema.columns "
                    + "WHERE table_schema = 'public' AND data_type = 'oid'", String.class))
                    .as("oid (large object) columns").isEmpty();
            assertThat(jdbc.queryForObject("SELECT data_type FROM information_schema.columns "
                    + "WHERE table_name = 'domain_event_entry' AND column_name = 'payload'", String.class))
                    .isEqualTo("bytea");
        }
    }

    private static String databaseProduct(JdbcTemplate jdbc) {
        return jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
    }

    static void assertDemoChart(JsonNode chart) {
        JsonNode vejle = organisation(chart, "BolivVejle");
        JsonNode kolding = organisation(chart, "ByLivKolding");

        JsonNode bps = body(vejle, "Boligpolitisk Styregruppe");
        assertThat(bps.path("chair").path("name").asText()).as("BPS has a chair").isNotBlank();

        JsonNode fku = body(vejle, "Forum for Koordination og Udvikling");
        assertThat(relations(fku)).contains("PREPARES_FOR->" + bps.path("id").asText());

        JsonNode secretariat = body(vejle, "Fællessekretariatet");
        assertThat(relations(secretariat))
                .contains("SERVES->" + bps.path("id").asText(), "SERVES->" + fku.path("id").asText());

        assertThat(allBodies(kolding).stream().filter(b -> b.path("kind").asText().equals("QUARTER_NETWORK")))
                .extracting(b -> b.path("name").asText())
                .containsExactlyInAnyOrder("Kvarternetværk Skovvejen/Skovparken", "Kvarternetværk Munkebo",
                        "Kvarternetværk Fjordparken/Brændkjær");
    }

    static JsonNode organisation(JsonNode chart, String name) {
        return StreamSupport.stream(chart.path("organisations").spliterator(), false)
                .filter(o -> o.path("organisation").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("organisation " + name + " missing in " + chart));
    }

    static JsonNode body(JsonNode organisation, String name) {
        return allBodies(organisation).stream().filter(b -> b.path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("body " + name + " missing"));
    }

    static List<JsonNode> allBodies(JsonNode organisation) {
        List<JsonNode> all = new ArrayList<>();
        collect(organisation.path("bodies"), all);
        return all;
    }

    private static void collect(JsonNode bodies, List<JsonNode> into) {
        for (JsonNode body : bodies) {
            into.add(body);
            collect(body.path("children"), into);
        }
    }

    static List<String> relations(JsonNode body) {
        List<String> out = new ArrayList<>();
        body.path("relations").forEach(r -> out.add(r.path("relation").asText() + "->" + r.path("targetId").asText()));
        return out;
    }
}
