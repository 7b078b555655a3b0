package dk.protokol.infra.audit;

import com.fasterxml.jackson.databind.JsonNode;
import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.support.PostgresTestDatabase;
import dk.protokol.infra.web.Http;
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
import dk.protokol.infra.operations.ViewChecksums;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import dk.protokol.query.audit.AuditTrail;
import java.time.Duration;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 12's must-show on PostgreSQL, on the demo store: a clean store verifies (on the server and, exported, offline
 * with a checkpoint statement), and five kinds of tampering done in SQL are each found with the first bad position —
 * an UPDATE of one payload, a DELETE of one event, two events' order swapped, the tail cut off (against the last
 * checkpoint), an older backup restored (against later checkpoints) — and after each is undone the store verifies
 * again: no false alarm, also after a restart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditChainOnPostgresTest {

    private final String database = PostgresTestDatabase.createDatabase();
    private ConfigurableApplicationContext app;
    private JdbcTemplate jdbc;
    private Http http;
    @TempDir
    Path files;

    @BeforeAll
    void start() {
        startApplication();
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private void startApplication() {
        app = new SpringApplicationBuilder(ProtokolApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + PostgresTestDatabase.url(database),
                "--spring.datasource.username=" + PostgresTestDatabase.USER,
                "--spring.datasource.password=" + PostgresTestDatabase.PASSWORD,
                "--spring.datasource.hikari.maximum-pool-size=6",
                "--protokol.demo-data=true");
        jdbc = app.getBean(JdbcTemplate.class);
        http = new Http(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
    }

    private JsonNode verify(String query) {
        Http.Answer answer = http.get("evaluator", "demo", "/api/audit/verify" + query);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private void assertWhole(String when) {
        JsonNode verification = verify("");
        assertThat(verification.path("verified").asBoolean()).as(when + ": " + verification).isTrue();
        assertThat(verification.path("events").asLong()).as(when)
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class));
        assertThat(verification.path("headPosition").asLong()).as(when)
                .isEqualTo(jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class));
    }

    private void assertFirstBad(JsonNode verification, long position, String kind) {
        assertThat(verification.path("verified").asBoolean()).as(verification.toString()).isFalse();
        assertThat(verification.path("firstMismatch").path("position").asLong()).as(verification.toString())
                .isEqualTo(position);
        assertThat(verification.path("firstMismatch").path("kind").asText()).isEqualTo(kind);
    }

    private long position(int offsetFromStart) {
        return jdbc.queryForObject("SELECT global_index FROM domain_event_entry ORDER BY global_index "
                + "OFFSET ? ROWS FETCH FIRST 1 ROWS ONLY", Long.class, offsetFromStart);
    }

    private Path export(String name) throws Exception {
        Http.Answer answer = http.get("evaluator", "demo", "/api/audit/export.ndjson");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/x-ndjson");
        Path file = files.resolve(name);
        Files.writeString(file, answer.body(), StandardCharsets.UTF_8);
        return file;
    }

    private Path statement(long position, String name) throws Exception {
        Http.Answer answer = http.get("evaluator", "demo", "/api/audit/checkpoints/" + position + "/statement");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        Path file = files.resolve(name);
        Files.writeString(file, answer.body(), StandardCharsets.UTF_8);
        return file;
    }

    record Offline(int exit, String out) {
    }

    private static Offline offline(Path export, Path... statements) {
        List<String> arguments = new ArrayList<>(List.of(export.toString()));
        for (Path statement : statements) {
            arguments.add("--checkpoint");
            arguments.add(statement.toString());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = OfflineVerifier.run(arguments, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Offline(exit, out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
    }

    private JsonNode checkpoint() {
        Http.Answer answer = http.post("evaluator", "demo", "/api/audit/checkpoints", "{\"reason\":\"test\"}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json();
    }

    private void registerPeople(int count, String prefix) {
        for (int i = 0; i < count; i++) {
            Http.Answer answer = http.post("admin", "demo", "/api/people",
                    "{\"name\":\"" + prefix + " " + i + "\",\"organisation\":\"Revisionsprøve\"}");
            assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        }
    }

    @Test
    @Order(1)
    void aCleanStoreVerifiesOnTheServerAndExportedOfflineWithItsCheckpoint() throws Exception {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class)).isGreaterThan(100);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_chain", Long.class))
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class));
        assertWhole("clean");

        JsonNode checkpoint = checkpoint();
        long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        assertThat(checkpoint.path("position").asLong()).isEqualTo(head);
        assertThat(checkpoint.path("recordedBy").asText()).isEqualTo("evaluator");
        Path statement = statement(head, "kontrolpunkt.txt");
        assertThat(Files.readString(statement)).contains("position: " + head, "hash: " + checkpoint.path("hash")
                .asText());

        Offline offline = offline(export("eksport.ndjson"), statement);
        assertThat(offline.exit()).as(offline.out()).isEqualTo(OfflineVerifier.WHOLE);
        assertThat(offline.out()).contains("OK: ", checkpoint.path("hash").asText(), "1 af 1 passer");

        JsonNode log = http.get("evaluator", "demo", "/api/audit/events?limit=3").json();
        assertThat(log).hasSize(3);
        assertThat(log.get(0).path("who").asText()).isNotBlank();
        assertThat(log.get(0).path("hash").asText()).hasSize(64);
        assertThat(http.get("sekretaer", "demo", "/api/audit/verify").status()).isEqualTo(403);

        // the evaluator's page over the real trail; a secretary is refused it as the API refuses her
        Http.Answer page = http.get("evaluator", "demo", "/evaluering/revision?kontrol=ja");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("Kæden er hel: ", "til og med position " + head, "1 af 1 kontrolpunkter passer");
        assertThat(http.get("sekretaer", "demo", "/evaluering/revision").status()).isEqualTo(403);
    }

    @Test
    @Order(3)
    void anUpdatedPayloadIsFoundAtItsPosition() throws Exception {
        long target = position(40);
        byte[] original = jdbc.queryForObject("SELECT payload FROM domain_event_entry WHERE global_index = ?",
                byte[].class, target);
        String altered = new String(original, StandardCharsets.UTF_8).replaceFirst("\"$", "\"").replaceFirst("}$",
                ",\"note\":\"rettet bagefter\"}");
        jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?",
                altered.getBytes(StandardCharsets.UTF_8), target);
        try {
            assertFirstBad(verify(""), target, "ALTERED");
            Offline offline = offline(export("rettet.ndjson"));
            assertThat(offline.exit()).isEqualTo(OfflineVerifier.BROKEN);
            assertThat(offline.out()).contains("første fejl på position " + target + " (ALTERED)");
        } finally {
            jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?", original, target);
        }
        assertWhole("after the payload is put back");
    }

    @Test
    @Order(4)
    void aDeletedEventIsFoundAtItsPosition() throws Exception {
        long target = position(55);
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM domain_event_entry WHERE global_index = ?", target);
        jdbc.update("DELETE FROM domain_event_entry WHERE global_index = ?", target);
        try {
            assertFirstBad(verify(""), target, "MISSING");
            Offline offline = offline(export("slettet.ndjson"));
            assertThat(offline.out()).contains("første fejl på position " + target + " (MISSING)");

            // the chain entry deleted too: the next entry still builds on the deleted position
            Map<String, Object> link = jdbc.queryForMap("SELECT * FROM audit_chain WHERE global_index = ?", target);
            jdbc.update("DELETE FROM audit_chain WHERE global_index = ?", target);
            try {
                assertFirstBad(verify(""), target, "MISSING");
            } finally {
                jdbc.update("INSERT INTO audit_chain (global_index, previous_index, hash) VALUES (?, ?, ?)",
                        link.get("global_index"), link.get("previous_index"), link.get("hash"));
            }
        } finally {
            reinsert(row);
        }
        assertWhole("after the event is put back");
    }

    @Test
    @Order(5)
    void twoEventsSwappedAreFoundAtTheFirst() {
        long first = position(20);
        long second = position(60);
        swap(first, second);
        try {
            assertFirstBad(verify(""), first, "ALTERED");
        } finally {
            swap(first, second);
        }
        assertWhole("after the order is put back");
    }

    @Test
    @Order(6)
    void theTailCutOffIsFoundAgainstTheLastCheckpoint() throws Exception {
        JsonNode checkpoint = checkpoint();
        long head = checkpoint.path("position").asLong();
        Path statement = statement(head, "hoved.txt");
        List<Map<String, Object>> tail = jdbc.queryForList(
                "SELECT * FROM domain_event_entry ORDER BY global_index DESC FETCH FIRST 3 ROWS ONLY");
        List<Map<String, Object>> links = jdbc.queryForList(
                "SELECT * FROM audit_chain ORDER BY global_index DESC FETCH FIRST 3 ROWS ONLY");
        long firstCut = (Long) tail.get(2).get("global_index");
        jdbc.update("DELETE FROM domain_event_entry WHERE global_index >= ?", firstCut);
        jdbc.update("DELETE FROM audit_chain WHERE global_index >= ?", firstCut);
        try {
            assertFirstBad(verify(""), firstCut, "TRUNCATED");
            Offline offline = offline(export("afskåret.ndjson"), statement);
            assertThat(offline.exit()).isEqualTo(OfflineVerifier.BROKEN);
            assertThat(offline.out()).contains("første fejl på position " + firstCut + " (TRUNCATED)");
            assertThat(offline(export("afskåret-uden.ndjson")).exit())
                    .as("without the checkpoint a cut chain is whole in itself").isEqualTo(OfflineVerifier.WHOLE);
        } finally {
            tail.forEach(this::reinsert);
            links.forEach(link -> jdbc.update("INSERT INTO audit_chain (global_index, previous_index, hash) "
                    + "VALUES (?, ?, ?)", link.get("global_index"), link.get("previous_index"), link.get("hash")));
        }
        assertWhole("after the tail is put back");
    }

    @Test
    @Order(7)
    void anOlderBackupRestoredIsFoundAgainstLaterCheckpoints() throws Exception {
        long backedUp = checkpoint().path("position").asLong();
        Path atBackup = statement(backedUp, "ved-sikkerhedskopi.txt");
        registerPeople(4, "Revisionsperson");
        JsonNode later = checkpoint();
        long laterPosition = later.path("position").asLong();
        assertThat(laterPosition).isGreaterThan(backedUp);
        Path laterStatement = statement(laterPosition, "senere.txt");
        long firstAfter = jdbc.queryForObject("SELECT MIN(global_index) FROM domain_event_entry WHERE global_index > ?",
                Long.class, backedUp);

        // the backup put back: the events, the chain, the checkpoints and the sequence as they were at the backup
        jdbc.update("DELETE FROM domain_event_entry WHERE global_index > ?", backedUp);
        jdbc.update("DELETE FROM audit_chain WHERE global_index > ?", backedUp);
        jdbc.update("DELETE FROM audit_checkpoint WHERE position > ?", backedUp);
        jdbc.queryForObject("SELECT setval('event_global_index_seq', ?)", Long.class, backedUp);

        assertThat(verify("").path("verified").asBoolean()).as("whole in itself, with its own checkpoints").isTrue();
        assertFirstBad(verify("?position=" + laterPosition + "&hash=" + later.path("hash").asText()), firstAfter,
                "TRUNCATED");

        // and continued after the restore: other events at the same positions; the later checkpoint no longer matches
        registerPeople(6, "Efter tilbagelægning");
        assertThat(jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class))
                .isGreaterThanOrEqualTo(laterPosition);
        assertWhole("continued after the restore, whole in itself");
        Offline offline = offline(export("tilbagelagt.ndjson"), atBackup, laterStatement);
        assertThat(offline.exit()).isEqualTo(OfflineVerifier.BROKEN);
        assertThat(offline.out()).contains("første fejl på position " + firstAfter + " (CHECKPOINT)");
        assertFirstBad(verify("?position=" + laterPosition + "&hash=" + later.path("hash").asText()), firstAfter,
                "CHECKPOINT");
    }

    @Test
    @Order(8)
    void afterARestartTheStoreStillVerifiesAndAppendsExtendTheChain() {
        app.close();
        startApplication();
        assertWhole("after a restart");
        registerPeople(2, "Efter genstart");
        assertWhole("after appends following the restart");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_chain", Long.class))
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class));
    }

    private void swap(long first, long second) {
        jdbc.update("UPDATE domain_event_entry SET global_index = -1 WHERE global_index = ?", first);
        jdbc.update("UPDATE domain_event_entry SET global_index = ? WHERE global_index = ?", first, second);
        jdbc.update("UPDATE domain_event_entry SET global_index = ? WHERE global_index = -1", second);
    }

    private void reinsert(Map<String, Object> row) {
        jdbc.update("INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier, "
                        + "sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row.get("global_index"), row.get("event_identifier"),
                row.get("aggregate_identifier"), row.get("sequence_number"), row.get("type"), row.get("time_stamp"),
                row.get("payload_type"), row.get("payload_revision"), row.get("payload"), row.get("meta_data"));
    }

    /** Until every streaming processor's every segment has taken the events up to {@code head}. */
    private static void awaitEveryViewAt(ConfigurableApplicationContext context, long head) {
        EventProcessingConfiguration processing = context.getBean(EventProcessingConfiguration.class);
        await().atMost(Duration.ofMinutes(1)).until(() -> processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .allMatch(processor -> !processor.processingStatus().isEmpty() && processor.processingStatus()
                        .values().stream().allMatch(segment -> segment.getCurrentPosition().orElse(-1) >= head)));
    }

    private Map<String, ViewChecksums.Checksum> checksums(ConfigurableApplicationContext context) {
        return context.getBean(ViewChecksums.class).all();
    }

    private JsonNode rebuildAndWait() {
        Http.Answer started = http.post("admin", "demo", "/api/admin/rebuild", "{}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        await().atMost(Duration.ofMinutes(2)).until(() -> {
            JsonNode progress = http.get("admin", "demo", "/api/admin/rebuild").json();
            System.out.println("rebuild progress " + progress);
            return progress.path("state").asText().equals("DONE");
        });
        return http.get("admin", "demo", "/api/admin/rebuild").json();
    }

    @Test
    @Order(2)
    void twoRebuildsGiveTheSameViewsAsLiveProcessingAndTheChainStillVerifies() {
        long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        awaitEveryViewAt(app, head);
        Map<String, ViewChecksums.Checksum> live = checksums(app);
        assertThat(live).containsKeys("minutes_view", "decision_register", "action_view", "person_view", "body_view");
        assertThat(live.get("minutes_view").rows()).isPositive();

        JsonNode first = rebuildAndWait();
        assertThat(first.path("done").asLong()).isEqualTo(first.path("total").asLong());
        assertThat(first.path("total").asLong()).isGreaterThanOrEqualTo(head);
        assertThat(first.path("requestedBy").asText()).isEqualTo("admin");
        assertThat(first.path("processingGroups")).isNotEmpty();
        Map<String, ViewChecksums.Checksum> once = checksums(app);
        rebuildAndWait();
        Map<String, ViewChecksums.Checksum> twice = checksums(app);
        assertThat(twice).as("two rebuilds").isEqualTo(once);
        assertThat(once).as("a rebuild and live processing").isEqualTo(live);

        assertWhole("after two rebuilds");
        Http.Answer page = http.get("admin", "demo", "/organisation/admin/drift");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("Genopbygningen er færdig", "Startet af admin");
        assertThat(http.get("evaluator", "demo", "/organisation/admin/drift").status()).isEqualTo(403);

        // the operators' scraper (issue 15): the rebuild, the views' lag and parked events, the requests; admin only
        Http.Answer scrape = http.get("admin", "demo", "/actuator/prometheus");
        assertThat(scrape.status()).as(scrape.body()).isEqualTo(200);
        assertThat(scrape.body()).contains("protokol_rebuild_done", "protokol_rebuild_head",
                "protokol_processing_lag", "protokol_deadletters_parked", "http_server_requests_seconds_count");
        assertThat(http.get("evaluator", "demo", "/actuator/prometheus").status()).isEqualTo(403);
        assertThat(http.get(null, null, "/actuator/prometheus").status()).isEqualTo(401);
        JsonNode log = http.get("evaluator", "demo", "/api/audit/events?after=" + head).json();
        assertThat(log.findValuesAsText("eventType")).contains("ViewsRebuildStarted");
        assertThat(log.get(0).path("who").asText()).isEqualTo("admin");
    }

    @Test
    @Order(9)
    void anExportImportedIntoAnEmptyInstallationGivesTheSameHeadAndTheSameViews() throws Exception {
        // the tampering above was undone in the events only: the views are rebuilt from them first
        rebuildAndWait();
        Map<String, ViewChecksums.Checksum> originalViews = checksums(app);
        Path export = export("hel.ndjson");
        JsonNode original = verify("");

        String target = PostgresTestDatabase.createDatabase();
        List<String> settings = List.of("--spring.datasource.url=" + PostgresTestDatabase.url(target),
                "--spring.datasource.username=" + PostgresTestDatabase.USER,
                "--spring.datasource.password=" + PostgresTestDatabase.PASSWORD,
                "--spring.datasource.hikari.maximum-pool-size=4");
        List<String> command = new ArrayList<>(List.of(export.toString()));
        command.addAll(settings);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = ImportCommand.run(command, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isEqualTo(OfflineVerifier.WHOLE);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(original.path("head").asText());
        assertThat(ImportCommand.run(command, System.out, System.err)).as("only into an empty installation")
                .isEqualTo(OfflineVerifier.BROKEN);

        List<String> start = new ArrayList<>(List.of("--server.port=0", "--protokol.demo-data=false"));
        start.addAll(settings);
        try (ConfigurableApplicationContext imported = new SpringApplicationBuilder(ProtokolApplication.class)
                .run(start.toArray(String[]::new))) {
            AuditTrail.Verification there = imported.getBean(AuditTrail.class).verify(List.of());
            assertThat(there.verified()).as(there.toString()).isTrue();
            assertThat(there.head()).isEqualTo(original.path("head").asText());
            assertThat(there.headPosition()).isEqualTo(original.path("headPosition").asLong());
            assertThat(there.events()).isEqualTo(original.path("events").asLong());
            await().atMost(Duration.ofMinutes(2)).untilAsserted(() ->
                    assertThat(checksums(imported)).isEqualTo(originalViews));
        }
    }
}
