package dk.protokol.infra.node;

import com.fasterxml.jackson.databind.JsonNode;
import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.support.PostgresTestDatabase;
import dk.protokol.infra.web.Http;
import dk.protokol.query.common.ReadYourWrites;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 15, items 3 and 5, on PostgreSQL: a command node and a query node on one database. The command node takes
 * commands, runs the command-side lookups and no view processor; the query node runs the views and refuses every
 * command with 503 problem+json, recording nothing; a write on the command node is read, with its position, on both
 * nodes (the command node waits on the query node's tokens). Every command handled is timed by type and outcome, and
 * the timer is scraped at /actuator/prometheus.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NodeRolesOnPostgresTest {

    private static final String ADMIN = "nodeadmin";
    private static final String PASSWORD = "et-langt-kodeord-til-test";

    private final String database = PostgresTestDatabase.createDatabase();
    private ConfigurableApplicationContext commandNode;
    private ConfigurableApplicationContext queryNode;
    private Http commands;
    private Http queries;
    private JdbcTemplate jdbc;

    @BeforeAll
    void start() {
        commandNode = node("command-node");
        queryNode = node("query-node");
        commands = http(commandNode);
        queries = http(queryNode);
        jdbc = commandNode.getBean(JdbcTemplate.class);
    }

    @AfterAll
    void stop() {
        if (queryNode != null) {
            queryNode.close();
        }
        if (commandNode != null) {
            commandNode.close();
        }
    }

    private ConfigurableApplicationContext node(String profile) {
        return new SpringApplicationBuilder(ProtokolApplication.class).profiles(profile).run("--server.port=0",
                "--spring.datasource.url=" + PostgresTestDatabase.url(database),
                "--spring.datasource.username=" + PostgresTestDatabase.USER,
                "--spring.datasource.password=" + PostgresTestDatabase.PASSWORD,
                "--spring.datasource.hikari.maximum-pool-size=6",
                "--protokol.demo-data=false",
                "--protokol.admin.username=" + ADMIN,
                "--protokol.admin.password=" + PASSWORD,
                "--protokol.read-your-writes.max-wait=30s");
    }

    private static Http http(ConfigurableApplicationContext node) {
        return new Http(Integer.parseInt(node.getEnvironment().getProperty("local.server.port")));
    }

    @Test
    void theCommandNodeRunsTheLookupsAndNoViewTheQueryNodeRunsTheViews() {
        Map<String, EventProcessor> onCommandNode =
                commandNode.getBean(EventProcessingConfiguration.class).eventProcessors();
        assertThat(onCommandNode).containsKeys("org-lookup", "bodies", "mail");
        assertThat(onCommandNode.get("org-lookup")).isInstanceOf(SubscribingEventProcessor.class);
        assertThat(onCommandNode.get("bodies")).isInstanceOf(IdleProcessor.class);
        assertThat(onCommandNode.get("mail")).isInstanceOf(IdleProcessor.class);
        assertThat(onCommandNode.values()).noneMatch(processor -> processor instanceof StreamingEventProcessor)
                .filteredOn(processor -> !(processor instanceof SubscribingEventProcessor))
                .isNotEmpty().noneMatch(EventProcessor::isRunning);

        Map<String, EventProcessor> onQueryNode =
                queryNode.getBean(EventProcessingConfiguration.class).eventProcessors();
        assertThat(onQueryNode.get("bodies")).isInstanceOf(StreamingEventProcessor.class);
        assertThat(onQueryNode.get("mail")).isInstanceOf(StreamingEventProcessor.class);
        assertThat(commandNode.getBeansOfType(QueryNodeRefusesCommands.class)).isEmpty();
        assertThat(queryNode.getBeansOfType(QueryNodeRefusesCommands.class)).hasSize(1);
    }

    @Test
    void aWriteOnTheCommandNodeIsReadOnBothAndTheQueryNodeRefusesCommands() {
        Http.Answer established = commands.post(ADMIN, PASSWORD, "/api/bodies", establish("Styregruppen for Test"));
        assertThat(established.status()).as(established.body()).isEqualTo(201);
        String id = established.json().path("id").asText();
        long position = established.json().path("position").asLong();

        for (Http node : new Http[] {queries, commands}) {
            Http.Answer read = node.get(ADMIN, PASSWORD, "/api/bodies/" + id + "?minPosition=" + position);
            assertThat(read.status()).as(read.body()).isEqualTo(200);
            assertThat(read.headers().getFirst(ReadYourWrites.STALE_HEADER)).as(read.body()).isNull();
            assertThat(read.json().path("name").asText()).isEqualTo("Styregruppen for Test");
        }

        long before = events();
        Http.Answer refused = queries.post(ADMIN, PASSWORD, "/api/bodies", establish("Ikke her"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(503);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("detail").asText()).isEqualTo(CommandsRefusedHere.MESSAGE);
        assertThat(events()).as("nothing recorded").isEqualTo(before);
    }

    @Test
    void everyCommandIsTimedByTypeAndOutcomeAndScraped() {
        String id = commands.post(ADMIN, PASSWORD, "/api/bodies", establish("Arbejdsgruppen for Måling"))
                .json().path("id").asText();
        String dissolve = "{\"on\":\"2025-01-01\",\"reason\":\"Opgaven er løst\"}";
        assertThat(commands.post(ADMIN, PASSWORD, "/api/bodies/" + id + "/dissolve", dissolve).status())
                .isEqualTo(200);
        Http.Answer again = commands.post(ADMIN, PASSWORD, "/api/bodies/" + id + "/dissolve", dissolve);
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        Http.Answer unknown = commands.post(ADMIN, PASSWORD, "/api/bodies/" + UUID.randomUUID() + "/dissolve",
                dissolve);
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);

        MeterRegistry registry = commandNode.getBean(MeterRegistry.class);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(count(registry, "EstablishBody", "accepted")).isGreaterThanOrEqualTo(1);
            assertThat(count(registry, "DissolveBody", "accepted")).isEqualTo(1);
            assertThat(count(registry, "DissolveBody", "refused-rule")).isEqualTo(1);
            assertThat(count(registry, "DissolveBody", "invalid")).isEqualTo(1);
        });

        Http.Answer scrape = commands.get(ADMIN, PASSWORD, "/actuator/prometheus");
        assertThat(scrape.status()).as(scrape.body()).isEqualTo(200);
        assertThat(scrape.body()).contains(
                "protokol_commands_seconds_count{command=\"DissolveBody\",outcome=\"refused-rule\"} 1",
                "protokol_commands_seconds_count{command=\"DissolveBody\",outcome=\"accepted\"} 1",
                "protokol_commands_seconds_sum{command=\"EstablishBody\",outcome=\"accepted\"}");
    }

    private static long count(MeterRegistry registry, String command, String outcome) {
        Timer timer = registry.find(CommandMetrics.TIMER).tag("command", command).tag("outcome", outcome).timer();
        return timer == null ? 0 : timer.count();
    }

    private long events() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

    private static String establish(String name) {
        return "{\"name\":\"" + name + "\",\"kind\":\"WORKING_GROUP\",\"organisation\":\"Testkommune\","
                + "\"establishedOn\":\"2024-01-01\"}";
    }
}
