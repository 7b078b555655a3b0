package dk.protokol.infra.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.deadletters.ProcessorProgress;
import dk.protokol.infra.operations.ViewChecksums;
import dk.protokol.infra.operations.ViewRebuild;
import dk.protokol.infra.support.ApiScript;
import dk.protokol.infra.support.PostgresTestDatabase;
import dk.protokol.infra.web.Http;
import dk.protokol.query.common.ReadYourWrites;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static dk.protokol.infra.support.ApiScript.inMeeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 15, item 3: two Protokol nodes on loopback share one PostgreSQL database; one of them is killed under load.
 * <ol>
 * <li>Node A (with the demo store) and node B start; A gives each view's segment 1 away, so that B processes half of
 * every view and A the other half.</li>
 * <li>Phase 1, both running: writers send commands (an agenda item each) over both nodes with an API key; each
 * answer's position is read on the <em>other</em> node with {@code minPosition}: the item is there, and the answer is
 * not marked stale (read-your-writes across nodes). Caught up, the views' checksums are taken; then B stops its
 * processors (releasing its segments), A rebuilds every view, B starts again: the checksums equal the rebuild's.</li>
 * <li>Phase 2: the writers go on over both nodes, and A is killed mid-load. The kill, as close to a crash as a test
 * in one JVM gets: A's connection pool is closed, which aborts its open connections at once (PostgreSQL rolls back
 * every transaction A had in flight, and A writes nothing more, not even the release of its segment claims), then
 * its web server stops (its clients get errors or refused connections), then its context is closed (its processors
 * cannot release anything: the pool is gone). A's claims stay in {@code token_entry} as after a crash.</li>
 * <li>Afterwards: every acknowledged (201) command is stored exactly once, with the answer's position at or after its
 * event in the same aggregate; no command is stored twice (titles are unique); no (aggregate, sequence) twice and no
 * gap; B owns every segment of every processing group; read-your-writes holds on B; the views equal a fresh
 * rebuild on B.</li>
 * </ol>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesOnPostgresTest {

    private static final String NODE_A = "twonodes-a";
    private static final String NODE_B = "twonodes-b";
    private static final int WRITERS = 6;
    private static final int PHASE_ONE_COMMANDS = 4;
    private static final int PHASE_TWO_COMMANDS = 14;
    /** A is killed once this many phase-2 commands have been acknowledged. */
    private static final int KILL_AFTER = 24;

    private final String database = PostgresTestDatabase.createDatabase();
    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    @AfterAll
    void stop() {
        Collections.reverse(nodes);
        nodes.forEach(node -> {
            if (node.isActive()) {
                node.close();
            }
        });
    }

    /** One command as sent and answered; {@code status} -1: no answer (the connection failed). */
    record Sent(int phase, int node, String meeting, String title, int status, String itemId, long position,
                String body) {
    }

    @Test
    void twoNodesShareTheWorkAndTheSurvivorOfACrashTakesItAllOverLosingNothing() throws Exception {
        ConfigurableApplicationContext nodeA = startNode(NODE_A, true);
        JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
        ApiScript api = new ApiScript(port(nodeA), jdbc);
        String bps = api.bodyId("Boligpolitisk Styregruppe");
        List<String> meetings = new ArrayList<>();
        for (int writer = 0; writer < WRITERS; writer++) {
            meetings.add(api.create("sekretaer", "/api/meetings", "{\"bodyId\":\"" + bps + "\",\"start\":\"2028-04-"
                    + String.format("%02d", 2 + writer) + "T14:00\",\"expectedEnd\":\"2028-04-"
                    + String.format("%02d", 2 + writer) + "T16:00\",\"location\":\"Rådhuset\"}"));
        }
        Http.Answer issued = new Http(port(nodeA)).post("admin", ApiScript.PASSWORD,
                "/api/accounts/sekretaer/api-keys", "{\"name\":\"To knuder\",\"validDays\":1}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String key = issued.json().path("key").asText();
        caughtUp(nodeA);

        ConfigurableApplicationContext nodeB = startNode(NODE_B, false);
        List<Http> http = List.of(new Http(port(nodeA)), new Http(port(nodeB)));
        split(nodeA, jdbc);

        // phase 1: both running, read-your-writes across nodes
        List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
        List<String> staleOrMissing = Collections.synchronizedList(new ArrayList<>());
        run(WRITERS, writer -> {
            for (int n = 0; n < PHASE_ONE_COMMANDS; n++) {
                int node = (writer + n) % 2;
                Sent one = send(http.get(node), key, 1, node, meetings.get(writer), "Sag 1-" + writer + "-" + n);
                sent.add(one);
                if (one.status() == 201) {
                    Http.Answer read = http.get(1 - node).get(null, null, inMeeting(one.meeting(), "/minutes")
                            + "?minPosition=" + one.position(), bearer(key));
                    if (read.status() != 200 || read.headers().containsKey(ReadYourWrites.STALE_HEADER)
                            || !read.body().contains(one.itemId())) {
                        staleOrMissing.add(one.title() + " on node " + (1 - node) + ": " + read.status() + " "
                                + read.headers().getFirst(ReadYourWrites.STALE_HEADER));
                    }
                }
            }
        });
        assertThat(sent).as("phase 1, both nodes running: every command accepted").allSatisfy(one ->
                assertThat(one.status()).as(one.body()).isEqualTo(201));
        assertThat(staleOrMissing).as("read-your-writes across nodes").isEmpty();
        assertThat(segmentOwners(jdbc).values()).as("both nodes hold segments").contains(NODE_A, NODE_B);

        Map<String, ViewChecksums.Checksum> bothRunning = caughtUpChecksums(nodeA);
        assertThat(caughtUpChecksums(nodeB)).isEqualTo(bothRunning);
        rebuildWhileBothRun(nodeA, nodeB);
        assertThat(caughtUpChecksums(nodeA)).as("the views both nodes made, against a fresh rebuild")
                .isEqualTo(bothRunning);
        split(nodeA, jdbc);

        // phase 2: load over both, A killed mid-load
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        CountDownLatch writing = new CountDownLatch(1);
        ExecutorService killer = Executors.newSingleThreadExecutor();
        Future<?> kill = killer.submit(() -> {
            writing.await();
            await().atMost(Duration.ofMinutes(3)).until(() -> acknowledged.get() >= KILL_AFTER);
            crash(nodeA);
            killed.set(true);
            return null;
        });
        run(WRITERS, writer -> {
            writing.countDown();
            for (int n = 0; n < PHASE_TWO_COMMANDS; n++) {
                int node = (writer + n) % 2;
                Sent one = send(http.get(node), key, 2, node, meetings.get(writer), "Sag 2-" + writer + "-" + n);
                sent.add(one);
                if (one.status() == 201) {
                    acknowledged.incrementAndGet();
                }
            }
        });
        kill.get(3, TimeUnit.MINUTES);
        killer.shutdown();
        assertThat(killed).isTrue();

        Map<String, Long> byAnswer = sent.stream().filter(one -> one.phase() == 2).collect(Collectors.groupingBy(
                one -> "node " + one.node() + ": " + one.status(), java.util.TreeMap::new, Collectors.counting()));
        System.out.printf("Two nodes, %d writers: phase 1 %d commands; phase 2, A killed after %d acknowledged: %s%n",
                WRITERS, WRITERS * PHASE_ONE_COMMANDS, KILL_AFTER, byAnswer);
        assertThat(sent).filteredOn(one -> one.node() == 1).as("the survivor never failed a command")
                .allSatisfy(one -> assertThat(one.status()).as(one.body()).isEqualTo(201));

        JdbcTemplate survivor = nodeB.getBean(JdbcTemplate.class);
        assertStoredOnce(survivor, meetings, sent);

        // the survivor takes every segment over once A's claims time out
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(segmentOwners(survivor)).as("owners of every segment").allSatisfy((segment, owner) ->
                        assertThat(owner).as(segment).isEqualTo(NODE_B)));
        assertThat(segmentOwners(survivor).keySet()).as("every segment of every group")
                .containsAll(expectedSegments(nodeB));

        // read-your-writes on the survivor, after the takeover
        Sent last = send(http.get(1), key, 3, 1, meetings.get(0), "Sag 3-efter");
        assertThat(last.status()).as(last.body()).isEqualTo(201);
        Http.Answer read = http.get(1).get(null, null, inMeeting(last.meeting(), "/minutes") + "?minPosition="
                + last.position(), bearer(key));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.headers().containsKey(ReadYourWrites.STALE_HEADER)).as(read.body()).isFalse();
        assertThat(read.body()).contains(last.itemId());

        Map<String, ViewChecksums.Checksum> afterCrash = caughtUpChecksums(nodeB);
        ViewRebuild rebuild = nodeB.getBean(ViewRebuild.class);
        rebuild.start("to-knuder");
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> assertThat(rebuild.progress().state())
                .as(rebuild.progress().toString()).isEqualTo("DONE"));
        assertThat(caughtUpChecksums(nodeB)).as("the survivor's views against a fresh rebuild").isEqualTo(afterCrash);
    }

    /** Every 201 stored exactly once, at or before its answer's position; nothing stored twice or unasked. */
    private static void assertStoredOnce(JdbcTemplate jdbc, List<String> meetings, List<Sent> sent) throws Exception {
        record Stored(String itemId, String title, String meeting, long position) {
        }
        ObjectMapper json = new ObjectMapper();
        List<Stored> stored = new ArrayList<>();
        for (String meeting : meetings) {
            for (Map<String, Object> row : jdbc.queryForList("SELECT payload, global_index FROM domain_event_entry "
                    + "WHERE aggregate_identifier = ? AND payload_type LIKE '%.AgendaItemAdded'", meeting)) {
                JsonNode added = json.readTree((byte[]) row.get("payload"));
                if (added.path("title").asText().startsWith("Sag ")) {
                    stored.add(new Stored(added.path("itemId").asText(), added.path("title").asText(), meeting,
                            ((Number) row.get("global_index")).longValue()));
                }
            }
        }
        Map<String, Long> titles = stored.stream().collect(Collectors.groupingBy(Stored::title,
                Collectors.counting()));
        assertThat(titles).as("commands stored twice").allSatisfy((title, count) -> assertThat(count).as(title)
                .isEqualTo(1));
        assertThat(titles.keySet()).as("stored without having been sent")
                .isSubsetOf(sent.stream().map(Sent::title).toList());
        Map<String, Stored> byTitle = new HashMap<>();
        stored.forEach(one -> byTitle.put(one.title(), one));
        for (Sent one : sent) {
            if (one.status() != 201) {
                continue;
            }
            Stored it = byTitle.get(one.title());
            assertThat(it).as("acknowledged but not stored: " + one).isNotNull();
            assertThat(it.itemId()).isEqualTo(one.itemId());
            assertThat(one.position()).as("the answer's position").isGreaterThanOrEqualTo(it.position());
            assertThat(jdbc.queryForObject("SELECT aggregate_identifier FROM domain_event_entry WHERE global_index = ?",
                    String.class, one.position())).as("the event at the answer's position").isEqualTo(one.meeting());
        }
        long unacknowledged = stored.stream().filter(one -> sent.stream().noneMatch(s -> s.status() == 201
                && s.title().equals(one.title()))).count();
        // a 503 says "nothing could be done": before PositionBeforeCommit, a command committed just before its
        // position was read got one and was stored all the same (a command without an answer may be stored)
        long refusedYetStored = sent.stream().filter(one -> one.status() >= 500 && byTitle.containsKey(one.title()))
                .count();
        System.out.printf("Two nodes: %d acknowledged, %d stored, %d of them stored without an acknowledgement, %d "
                        + "of those answered 5xx%n", sent.stream().filter(one -> one.status() == 201).count(),
                stored.size(), unacknowledged, refusedYetStored);
        assertThat(jdbc.queryForList("SELECT aggregate_identifier FROM domain_event_entry WHERE aggregate_identifier "
                + "IS NOT NULL GROUP BY aggregate_identifier, sequence_number HAVING COUNT(*) > 1", String.class))
                .as("(aggregate, sequence) stored twice").isEmpty();
        assertThat(jdbc.queryForList("SELECT aggregate_identifier FROM domain_event_entry WHERE type IS NOT NULL "
                + "GROUP BY aggregate_identifier HAVING COUNT(*) <> MAX(sequence_number) + 1", String.class))
                .as("aggregates with a gap in their sequence").isEmpty();
    }

    private static Sent send(Http http, String key, int phase, int node, String meeting, String title) {
        try {
            Http.Answer answer = http.post(null, null, inMeeting(meeting, "/agenda-items"),
                    "{\"title\":\"" + title + "\",\"kind\":\"INFORMATION\"}", bearer(key));
            boolean created = answer.status() == 201;
            return new Sent(phase, node, meeting, title, answer.status(),
                    created ? answer.json().path("id").asText() : null,
                    created ? answer.json().path("position").asLong() : -1, answer.body());
        } catch (RuntimeException noAnswer) {
            return new Sent(phase, node, meeting, title, -1, null, -1, String.valueOf(noAnswer));
        }
    }

    private static java.util.function.Consumer<HttpHeaders> bearer(String key) {
        return headers -> headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + key);
    }

    interface Writer {
        void write(int writer) throws Exception;
    }

    private static void run(int writers, Writer work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> running = new ArrayList<>();
        for (int writer = 0; writer < writers; writer++) {
            int w = writer;
            running.add(pool.submit(() -> {
                work.write(w);
                return null;
            }));
        }
        for (Future<?> each : running) {
            each.get(4, TimeUnit.MINUTES);
        }
        pool.shutdown();
    }

    /**
     * A gives segment 1 of every streaming processor away (for longer than the test), and B claims them: each node
     * then processes half of every view. Axon's pooled processors do not balance by themselves: the first node to
     * start claims every segment up to its maximum, and a second one idles until a segment is free.
     */
    private static void split(ConfigurableApplicationContext nodeA, JdbcTemplate jdbc) {
        EventProcessingConfiguration processing = nodeA.getBean(EventProcessingConfiguration.class);
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                streaming.releaseSegment(1, 1, TimeUnit.HOURS);
            }
        });
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(segmentOwners(jdbc)).allSatisfy((segment, owner) -> assertThat(owner).as(segment)
                        .isEqualTo(segment.endsWith("#1") ? NODE_B : NODE_A)));
    }

    /**
     * A rebuild while both nodes run: B stops its processors (releasing its segments; Axon resets only tokens it can
     * claim all of), A rebuilds every view, and B starts again and takes its half back.
     */
    private static void rebuildWhileBothRun(ConfigurableApplicationContext nodeA, ConfigurableApplicationContext nodeB)
            throws Exception {
        List<StreamingEventProcessor> onB = new ArrayList<>();
        nodeB.getBean(EventProcessingConfiguration.class).eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                onB.add(streaming);
            }
        });
        for (StreamingEventProcessor processor : onB) {
            processor.shutdownAsync().get(1, TimeUnit.MINUTES);
        }
        nodeA.getBean(ViewRebuild.class).start("to-knuder");
        onB.forEach(StreamingEventProcessor::start);
    }

    /** A crash, as near as one JVM gets: no transaction of A's commits after this, and no claim is released. */
    private static void crash(ConfigurableApplicationContext node) throws Exception {
        node.getBean(DataSource.class).unwrap(HikariDataSource.class).close();
        ((WebServerApplicationContext) node).getWebServer().stop();
        node.close();
    }

    /** Every processor's segments ("group#segment") and who owns them. */
    private static Map<String, String> segmentOwners(JdbcTemplate jdbc) {
        Map<String, String> owners = new java.util.TreeMap<>();
        jdbc.query("SELECT processor_name, segment, owner FROM token_entry", row -> {
            owners.put(row.getString("processor_name") + "#" + row.getInt("segment"),
                    String.valueOf(row.getString("owner")));
        });
        return owners;
    }

    private static List<String> expectedSegments(ConfigurableApplicationContext node) {
        List<String> expected = new ArrayList<>();
        node.getBean(EventProcessingConfiguration.class).eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor) {
                expected.add(name + "#0");
                expected.add(name + "#1");
            }
        });
        return expected;
    }

    /** The view checksums once every processor has caught up with the head (by the shared tokens), none parked. */
    private static Map<String, ViewChecksums.Checksum> caughtUpChecksums(ConfigurableApplicationContext node) {
        caughtUp(node);
        return node.getBean(ViewChecksums.class).all();
    }

    private static void caughtUp(ConfigurableApplicationContext node) {
        ProcessorProgress progress = node.getBean(ProcessorProgress.class);
        JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(progress.progress()).allSatisfy(group -> assertThat(group.lag()).as(group.group()).isZero());
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dead_letter_entry", Long.class)).isZero();
        });
    }

    private ConfigurableApplicationContext startNode(String nodeId, boolean demoData) {
        ConfigurableApplicationContext node = new SpringApplicationBuilder(ProtokolApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + PostgresTestDatabase.url(database),
                "--spring.datasource.username=" + PostgresTestDatabase.USER,
                "--spring.datasource.password=" + PostgresTestDatabase.PASSWORD,
                "--spring.datasource.hikari.maximum-pool-size=12",
                "--protokol.node.id=" + nodeId,
                "--protokol.demo-data=" + demoData);
        nodes.add(node);
        return node;
    }

    private static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }
}
