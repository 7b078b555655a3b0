package dk.protokol.infra.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.deadletters.ProcessorProgress;
import dk.protokol.infra.operations.ViewChecksums;
import dk.protokol.infra.operations.ViewRebuild;
import dk.protokol.infra.support.ApiScript;
import dk.protokol.infra.support.PostgresTestDatabase;
import dk.protokol.infra.web.Http;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static dk.protokol.infra.support.ApiScript.inMeeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault tests of issue 13 on PostgreSQL, on the demo store of an application of their own (node A):
 * <ol>
 * <li>50 threads send commands at once, without retry, over two nodes on one database: on one shared meeting and
 * on a meeting of their own. Every answer is 201 or 409 (problem+json), never 5xx; every accepted command's event is
 * stored exactly once; no (aggregate, sequence) twice and no gap in any aggregate's sequence.</li>
 * <li>A batch delivered twice (the tokens set back by the last events, as after a crash between the views' rows and
 * their token): the view checksums are unchanged, and equal those of a fresh rebuild.</li>
 * <li>{@code pg_dump} of the store, restored into a new database: an application starts on it, its views have the
 * same checksums, the audit chain verifies, and it takes a new command whose event the chain covers too.</li>
 * </ol>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsOnPostgresTest {

    private static final String SEK = "sekretaer";
    private static final int THREADS = 50;
    private static final int COMMANDS_PER_THREAD = 4;

    private final String database = PostgresTestDatabase.createDatabase();
    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();
    private ConfigurableApplicationContext nodeA;
    private JdbcTemplate jdbc;
    @TempDir
    Path files;

    @BeforeAll
    void start() {
        nodeA = startNode(database, true);
        jdbc = nodeA.getBean(JdbcTemplate.class);
    }

    @AfterAll
    void stop() {
        Collections.reverse(nodes);
        nodes.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    @Order(1)
    void fiftyThreadsOnTwoNodesWithoutRetryGetEither201Or409AndEveryAcceptedCommandIsStoredOnce() throws Exception {
        ApiScript api = new ApiScript(port(nodeA), jdbc);
        String bps = api.bodyId("Boligpolitisk Styregruppe");
        String shared = schedule(api, bps, 1);
        List<String> own = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            own.add(schedule(api, bps, 2 + thread % 25));
        }
        ConfigurableApplicationContext nodeB = startNode(database, false);
        List<Integer> ports = List.of(port(nodeA), port(nodeB));

        record Sent(String meeting, int status, String contentType, String itemId, String body) {
        }
        List<Sent> answers = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> running = new ArrayList<>();
        long started = System.nanoTime();
        for (int thread = 0; thread < THREADS; thread++) {
            int t = thread;
            running.add(pool.submit(() -> {
                Http http = new Http(ports.get(t % 2));
                go.await();
                for (int n = 0; n < COMMANDS_PER_THREAD; n++) {
                    String meeting = n % 2 == 0 ? shared : own.get(t);
                    Http.Answer answer = http.post(SEK, ApiScript.PASSWORD, inMeeting(meeting, "/agenda-items"),
                            "{\"title\":\"Sag " + t + "-" + n + "\",\"kind\":\"INFORMATION\"}");
                    answers.add(new Sent(meeting, answer.status(), answer.contentType(),
                            answer.status() == 201 ? answer.json().path("id").asText() : null, answer.body()));
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> each : running) {
            each.get(3, TimeUnit.MINUTES);
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;

        Map<Integer, Long> byStatus = answers.stream().collect(Collectors.groupingBy(Sent::status,
                Collectors.counting()));
        System.out.printf("Fault test, %d threads x %d commands over two nodes in %.1f s: %s%n", THREADS,
                COMMANDS_PER_THREAD, seconds, byStatus);
        assertThat(answers).hasSize(THREADS * COMMANDS_PER_THREAD);
        assertThat(answers).allSatisfy(sent -> {
            assertThat(sent.status()).as(sent.body()).isIn(201, 409);
            if (sent.status() == 409) {
                assertThat(sent.contentType()).isEqualTo("application/problem+json");
            }
        });

        // accepted = stored, once each; nothing stored that was not accepted
        Set<String> meetings = new java.util.HashSet<>(own);
        meetings.add(shared);
        Map<String, Integer> stored = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String meeting : meetings) {
            for (byte[] payload : jdbc.queryForList("SELECT payload FROM domain_event_entry WHERE "
                    + "aggregate_identifier = ? AND payload_type LIKE '%.AgendaItemAdded'", byte[].class, meeting)) {
                JsonNode added = json.readTree(payload);
                // the body's standing items are added with each meeting it schedules: not the threads' commands
                if (added.path("title").asText().startsWith("Sag ")) {
                    stored.merge(added.path("itemId").asText(), 1, Integer::sum);
                }
            }
        }
        List<String> accepted = answers.stream().filter(sent -> sent.status() == 201).map(Sent::itemId).toList();
        assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(accepted);
        assertThat(stored.values()).allMatch(count -> count == 1);
        assertWholeSequences();
        nodeB.close();
        nodes.remove(nodeB);
    }

    @Test
    @Order(2)
    void aBatchDeliveredTwiceLeavesTheViewsAsTheyWereAndAsAFreshRebuildMakesThem() {
        Map<String, ViewChecksums.Checksum> before = caughtUpChecksums(nodeA);
        long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        long back = Math.max(0, head - 150);

        EventProcessingConfiguration processing = nodeA.getBean(EventProcessingConfiguration.class);
        Serializer serializer = nodeA.getBean("serializer", Serializer.class);
        SerializedObject<byte[]> token = serializer.serialize(GapAwareTrackingToken.newInstance(back, Set.of()),
                byte[].class);
        List<StreamingEventProcessor> processors = new ArrayList<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                processors.add(streaming);
                streaming.shutDown();
                int updated = jdbc.update("UPDATE token_entry SET token = ?, token_type = ?, owner = NULL "
                        + "WHERE processor_name = ?", token.getData(), token.getType().getName(), name);
                assertThat(updated).as(name).isPositive();
            }
        });
        processors.forEach(StreamingEventProcessor::start);

        assertThat(caughtUpChecksums(nodeA)).as("the views after the last %d events were delivered again",
                head - back).isEqualTo(before);

        ViewRebuild rebuild = nodeA.getBean(ViewRebuild.class);
        rebuild.start("fejltest");
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(rebuild.progress().state())
                .as(rebuild.progress().toString()).isEqualTo("DONE"));
        assertThat(caughtUpChecksums(nodeA)).as("the views after a fresh rebuild").isEqualTo(before);
    }

    @Test
    @Order(3)
    void aDumpRestoredIntoANewDatabaseStartsWithTheSameViewsAndAVerifiedChain() throws Exception {
        Map<String, ViewChecksums.Checksum> original = caughtUpChecksums(nodeA);
        long events = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
        Path dump = files.resolve("protokol.dump");
        run("pg_dump", "-h", PostgresTestDatabase.HOST, "-p", PostgresTestDatabase.PORT, "-U",
                PostgresTestDatabase.USER, "-Fc", "-f", dump.toString(), database);
        String restored = PostgresTestDatabase.createDatabase();
        run("pg_restore", "-h", PostgresTestDatabase.HOST, "-p", PostgresTestDatabase.PORT, "-U",
                PostgresTestDatabase.USER, "--no-owner", "-d", restored, dump.toString());

        ConfigurableApplicationContext nodeC = startNode(restored, false);
        assertThat(nodeC.getBean(ViewChecksums.class).all()).isEqualTo(original);
        Http http = new Http(port(nodeC));
        JsonNode verified = verify(http);
        assertThat(verified.path("events").asLong()).isEqualTo(events);

        // it works on: a new command is stored after the restored head, and the chain covers it
        JdbcTemplate restoredJdbc = nodeC.getBean(JdbcTemplate.class);
        ApiScript api = new ApiScript(port(nodeC), restoredJdbc);
        String meeting = schedule(api, api.bodyId("Boligpolitisk Styregruppe"), 27);
        long after = restoredJdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
        assertThat(restoredJdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, meeting)).isPositive().isEqualTo(after - events);
        assertThat(verify(http).path("events").asLong()).isEqualTo(after);
    }

    private static JsonNode verify(Http http) {
        Http.Answer answer = http.get("evaluator", ApiScript.PASSWORD, "/api/audit/verify");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().path("verified").asBoolean()).as(answer.body()).isTrue();
        return answer.json();
    }

    /** No (aggregate, sequence) twice, and every aggregate's sequence numbers run 0, 1, 2, … without a gap. */
    private void assertWholeSequences() {
        assertThat(jdbc.queryForList("SELECT aggregate_identifier FROM domain_event_entry WHERE aggregate_identifier "
                + "IS NOT NULL GROUP BY aggregate_identifier, sequence_number HAVING COUNT(*) > 1", String.class))
                .as("(aggregate, sequence) stored twice").isEmpty();
        assertThat(jdbc.queryForList("SELECT aggregate_identifier FROM domain_event_entry WHERE type IS NOT NULL "
                + "GROUP BY aggregate_identifier HAVING COUNT(*) <> MAX(sequence_number) + 1", String.class))
                .as("aggregates with a gap in their sequence").isEmpty();
    }

    /** The view checksums once every processor has caught up with the head and nothing is parked. */
    private static Map<String, ViewChecksums.Checksum> caughtUpChecksums(ConfigurableApplicationContext node) {
        ProcessorProgress progress = node.getBean(ProcessorProgress.class);
        JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(progress.progress()).allSatisfy(group -> assertThat(group.lag()).as(group.group()).isZero());
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dead_letter_entry", Long.class)).isZero();
        });
        return node.getBean(ViewChecksums.class).all();
    }

    private static String schedule(ApiScript api, String body, int day) {
        return api.create(SEK, "/api/meetings", "{\"bodyId\":\"" + body + "\",\"start\":\"2028-03-"
                + String.format("%02d", day) + "T14:00\",\"expectedEnd\":\"2028-03-" + String.format("%02d", day)
                + "T16:00\",\"location\":\"Rådhuset\"}");
    }

    private ConfigurableApplicationContext startNode(String db, boolean demoData) {
        ConfigurableApplicationContext node = new SpringApplicationBuilder(ProtokolApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + PostgresTestDatabase.url(db),
                "--spring.datasource.username=" + PostgresTestDatabase.USER,
                "--spring.datasource.password=" + PostgresTestDatabase.PASSWORD,
                "--spring.datasource.hikari.maximum-pool-size=12",
                "--protokol.demo-data=" + demoData);
        nodes.add(node);
        return node;
    }

    private static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
    }
}
