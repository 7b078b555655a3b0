package dk.protokol.infra.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.support.ApiScript;
import dk.protokol.infra.support.PostgresTestDatabase;
import dk.protokol.infra.web.Http;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static dk.protokol.infra.support.ApiScript.inMeeting;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 9's must-show on PostgreSQL: the archive version of approved minutes, derived twice, is byte-identical
 * — at once, after later events (a correction, progress on the meeting's action, the body renamed, a later meeting
 * approving nothing yet) and after a restart of the application on the same store. Its contents: the PDF is PDF/A-2u,
 * the JSON equals the minutes as of the approval, each event's hash follows from the hash it builds on, each event
 * line stands as it is in the full export, the manifest's hashes are the files'. Refused to a member, a chair and a
 * secretary (403), anonymously (401), for minutes not yet approved (409) and for an unknown meeting (404). A person
 * named in the minutes and erased later is the one deliberate change (the events stay the same bytes).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArchiveVersionOnPostgresTest {

    private static final String CHAIR = "arkivprove-formand";
    private static final String CHAIR_PASSWORD = ApiScript.PASSWORD + "-arkivprove";

    private final String database = PostgresTestDatabase.createDatabase();
    private ConfigurableApplicationContext app;
    private JdbcTemplate jdbc;
    private Http http;
    private ApiScript api;

    private String body;
    private String meeting;
    private String action;
    private String earlierAction;
    private String member;
    private byte[] first;

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
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        http = new Http(port);
        api = new ApiScript(port, jdbc);
    }

    private String archivePath() {
        return "/api/meetings/" + meeting + "/archive.zip";
    }

    private byte[] archive() {
        return api.bytes("evaluator", archivePath());
    }

    @Test
    @Order(1)
    void minutesNotYetApprovedHaveNoArchiveVersion() {
        body = api.create("admin", "/api/bodies", """
                {"name": "Styregruppen for arkivprøven", "kind": "STEERING_GROUP", "organisation": "BolivVejle",
                 "establishedOn": "2026-01-01"}""");
        String chair = api.create("admin", "/api/people", "{\"name\":\"Birte Arkivsen\"}");
        member = api.create("admin", "/api/people", "{\"name\":\"Per Protokolsen\"}");
        api.post("admin", "/api/bodies/" + body + "/members",
                "{\"personId\":\"" + chair + "\",\"role\":\"CHAIR\",\"from\":\"2026-01-01\"}");
        api.post("admin", "/api/bodies/" + body + "/members",
                "{\"personId\":\"" + member + "\",\"role\":\"MEMBER\",\"from\":\"2026-01-01\"}");
        api.create("admin", "/api/accounts", "{\"username\":\"" + CHAIR + "\",\"password\":\"" + CHAIR_PASSWORD
                + "\",\"personId\":\"" + chair + "\"}");

        // an earlier meeting agreed an action: the archived minutes follow it up under their standing item
        String earlier = api.create("admin", "/api/meetings", "{\"bodyId\":\"" + body
                + "\",\"start\":\"2026-02-03T17:00\",\"expectedEnd\":\"2026-02-03T19:00\",\"location\":\"Rådhuset\"}");
        String earlierItem = api.create("admin", inMeeting(earlier, "/agenda-items"),
                "{\"title\":\"Gamle referater\",\"kind\":\"DISCUSSION\"}");
        api.post("admin", inMeeting(earlier, "/agenda/publish"), "{}");
        api.post("admin", inMeeting(earlier, "/attendance"), "{\"personId\":\"" + chair + "\",\"status\":\"PRESENT\"}");
        api.post("admin", inMeeting(earlier, "/open"), "{}");
        earlierAction = api.create("admin", inMeeting(earlier, "/agenda-items/" + earlierItem + "/actions"),
                "{\"description\":\"Samle de gamle referater\",\"ownerId\":\"" + member
                        + "\",\"dueDate\":\"2026-05-01\"}");
        api.post("admin", inMeeting(earlier, "/close"), "{}");

        meeting = api.create("admin", "/api/meetings", "{\"bodyId\":\"" + body
                + "\",\"start\":\"2026-03-03T17:00\",\"expectedEnd\":\"2026-03-03T19:00\",\"location\":\"Rådhuset\"}");
        String item = api.create("admin", inMeeting(meeting, "/agenda-items"),
                "{\"title\":\"Arkivering af referater\",\"kind\":\"DECISION\"}");
        api.post("admin", inMeeting(meeting, "/agenda/publish"), "{}");
        api.post("admin", inMeeting(meeting, "/attendance"), "{\"personId\":\"" + chair + "\",\"status\":\"PRESENT\"}");
        api.post("admin", inMeeting(meeting, "/attendance"), "{\"personId\":\"" + member
                + "\",\"status\":\"PRESENT\"}");
        api.post("admin", inMeeting(meeting, "/open"), "{}");
        api.post("admin", inMeeting(meeting, "/agenda-items/" + item + "/notes"),
                "{\"text\":\"Styregruppen drøftede, hvordan referaterne arkiveres.\"}");
        api.create("admin", inMeeting(meeting, "/agenda-items/" + item + "/decisions"),
                "{\"text\":\"Referaterne arkiveres som PDF/A.\",\"outcome\":\"ADOPTED\"}");
        action = api.create("admin", inMeeting(meeting, "/agenda-items/" + item + "/actions"),
                "{\"description\":\"Beskrive arkiveringen\",\"ownerId\":\"" + member + "\",\"dueDate\":\"2026-04-01\"}");
        api.post("admin", inMeeting(meeting, "/close"), "{}");
        api.post("admin", inMeeting(meeting, "/minutes/circulate"), "{}");

        Http.Answer notApproved = http.get("evaluator", ApiScript.PASSWORD, archivePath());
        assertThat(notApproved.status()).as(notApproved.body()).isEqualTo(409);
        assertThat(notApproved.contentType()).startsWith("application/problem+json");
        assertThat(notApproved.json().path("detail").asText()).contains("ikke godkendt");

        Http.Answer unknown = http.get("evaluator", ApiScript.PASSWORD,
                "/api/meetings/00000000-0000-0000-0000-000000000001/archive.zip");
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        assertThat(unknown.json().path("detail").asText()).contains("Mødet findes ikke");
        assertThat(http.get("evaluator", ApiScript.PASSWORD, "/api/meetings/" + body + "/archive.zip").status())
                .as("a body's id is no meeting").isEqualTo(404);
    }

    @Test
    @Order(2)
    void approvedMinutesDerivedTwiceAreByteIdenticalAndOnlyForEvaluatorsAndAdministrators() {
        Http.Answer approval = http.post(CHAIR, CHAIR_PASSWORD, inMeeting(meeting, "/minutes/approve"), "{}");
        assertThat(approval.status()).as(approval.body()).isEqualTo(200);

        first = archive();
        byte[] second = archive();
        assertThat(second).isEqualTo(first);
        assertThat(api.bytes("admin", archivePath())).isEqualTo(first);

        Http.Answer answer = http.get("evaluator", ApiScript.PASSWORD, archivePath());
        assertThat(answer.contentType()).isEqualTo("application/zip");
        assertThat(answer.headers().getFirst("Content-Disposition"))
                .isEqualTo("attachment; filename=\"arkivversion-" + meeting + ".zip\"");

        for (String refused : List.of("medlem", "formand", "sekretaer", CHAIR)) {
            Http.Answer refusal = http.get(refused, refused.equals(CHAIR) ? CHAIR_PASSWORD : ApiScript.PASSWORD,
                    archivePath());
            assertThat(refusal.status()).as(refused + ": " + refusal.body()).isEqualTo(403);
        }
        assertThat(http.get(null, null, archivePath()).status()).isEqualTo(401);

        // the minutes page's link: the same package through the pages' chain, for the same readers only
        String pagePath = "/moeder/" + meeting + "/arkivversion.zip";
        assertThat(api.bytes("evaluator", pagePath)).isEqualTo(first);
        assertThat(http.get("medlem", ApiScript.PASSWORD, pagePath).status()).isEqualTo(403);
    }

    @Test
    @Order(3)
    void thePackageHoldsThePdfAMinutesTheJsonMinutesTheChainedEventsAndAManifestOfTheirHashes() throws Exception {
        Map<String, byte[]> files = unzip(first);
        assertThat(files.keySet()).containsExactly("referat.pdf", "referat.json", "haendelser.ndjson", "MANIFEST.txt");

        // the events: the meeting's stream up to and including the approval, each hash following from its predecessor
        List<String> lines = new String(files.get("haendelser.ndjson"), StandardCharsets.UTF_8).lines().toList();
        List<ExportLine> events = new ArrayList<>();
        for (String line : lines) {
            events.add(ExportLine.parse(line));
        }
        long stored = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, meeting);
        assertThat(events).hasSize((int) stored);
        ExportLine approval = events.get(events.size() - 1);
        assertThat(approval.payloadType()).isEqualTo("dk.protokol.events.meeting.MinutesApproved");
        long previous = 0;
        for (ExportLine event : events) {
            assertThat(event.aggregateIdentifier()).isEqualTo(meeting);
            assertThat(event.position()).isGreaterThan(previous);
            previous = event.position();
            assertThat(ChainHash.hex(ChainHash.next(ChainHash.fromHex(event.previousHash()), event.event())))
                    .as("position " + event.position()).isEqualTo(event.hash());
            byte[] chained = jdbc.queryForObject("SELECT hash FROM audit_chain WHERE global_index = ?", byte[].class,
                    event.position());
            assertThat(ChainHash.hex(chained)).isEqualTo(event.hash());
        }
        // each line as the full export writes it
        Http.Answer export = http.get("evaluator", ApiScript.PASSWORD, "/api/audit/export.ndjson");
        assertThat(export.status()).isEqualTo(200);
        List<String> exported = export.body().lines().toList();
        assertThat(exported).containsAll(lines);

        // the JSON: the minutes as of the approval, as the API answers them
        Instant approvedAt = Instant.parse(approval.timestamp());
        JsonNode minutes = new ObjectMapper().readTree(files.get("referat.json"));
        JsonNode asOf = http.get("evaluator", ApiScript.PASSWORD, "/api/meetings/" + meeting + "/minutes?asOf="
                + approval.timestamp()).json();
        assertThat(minutes).isEqualTo(asOf);
        assertThat(minutes.path("status").asText()).isEqualTo("MINUTES_APPROVED");
        assertThat(minutes.path("bodyName").asText()).isEqualTo("Styregruppen for arkivprøven");
        assertThat(minutes.path("followUp").toString()).contains("Samle de gamle referater");
        assertThat(new String(files.get("referat.json"), StandardCharsets.UTF_8))
                .as("keys in alphabetical order, two spaces, \\n").startsWith("{\n  \"absent\" : [ ],\n  \"agenda\" : [\n")
                .endsWith("}\n").doesNotContain("\r");

        // the PDF: PDF/A-2u, the minutes as they stood, created at the approval
        byte[] pdf = files.get("referat.pdf");
        assertThat(pdfAViolations(pdf)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(approvedAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Referat: Styregruppen for arkivprøven", "Referaterne arkiveres som PDF/A.",
                            "Birte Arkivsen");
        }

        // the manifest: the files' SHA-256 in sha256sum's form, the approval and the chain's hash there
        String manifest = new String(files.get("MANIFEST.txt"), StandardCharsets.UTF_8);
        for (String name : List.of("referat.pdf", "referat.json", "haendelser.ndjson")) {
            assertThat(manifest).contains(sha256(files.get(name)) + "  " + name + "\n");
        }
        assertThat(manifest).contains("Møde: " + meeting, "Referatet godkendt: " + approval.timestamp(),
                "Godkendelsens position i hændelsesloggen: " + approval.position(),
                "Kædens hash på godkendelsens position: " + approval.hash());
        assertThat(manifest).doesNotContain("\r");

        // the entries are stored, dated the approval in Danish time (to the two seconds of a ZIP's DOS time)
        LocalDateTime dated = LocalDateTime.ofInstant(approvedAt, ZoneId.of("Europe/Copenhagen")).withNano(0);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertThat(entry.getMethod()).isEqualTo(ZipEntry.STORED);
                assertThat(entry.getTimeLocal()).isEqualTo(dated.withSecond(dated.getSecond() / 2 * 2));
                assertThat(entry.getExtra()).isNull();
            }
        }
    }

    @Test
    @Order(4)
    void laterEventsDoNotChangeThePackage() throws IOException {
        api.post("admin", inMeeting(meeting, "/minutes/corrections"), """
                {"text": "Beslutningen gælder også bilag.", "reason": "Udeladt ved en fejl"}""");
        api.post("admin", "/api/actions/" + action + "/progress", "{\"note\":\"Udkast skrevet\"}");
        api.post("admin", "/api/actions/" + earlierAction + "/progress", "{\"note\":\"Halvdelen er samlet\"}");
        api.post("admin", "/api/bodies/" + body + "/rename",
                "{\"name\":\"Styregruppen for arkiver\",\"on\":\"2026-01-01\"}");
        api.create("admin", "/api/meetings", "{\"bodyId\":\"" + body
                + "\",\"start\":\"2026-06-03T17:00\",\"expectedEnd\":\"2026-06-03T19:00\",\"location\":\"Rådhuset\"}");

        JsonNode live = api.get("evaluator", "/api/meetings/" + meeting + "/minutes");
        assertThat(live.path("bodyName").asText()).isEqualTo("Styregruppen for arkiver");
        assertThat(live.path("corrections")).hasSize(1);
        assertThat(api.get("evaluator", "/api/actions/" + earlierAction).toString()).contains("Halvdelen er samlet");

        assertSameAsFirst(archive());
    }

    @Test
    @Order(5)
    void afterARestartThePackageIsStillByteIdentical() throws IOException {
        app.close();
        startApplication();

        assertSameAsFirst(archive());
    }

    /**
     * The one deliberate exception (crypto-shredding, issue 11): a person named in the minutes who is erased later reads
     * as erased in the PDF and the JSON, as of before the erasure too; the events, as stored, are the same bytes.
     */
    @Test
    @Order(6)
    void anErasureOfAPersonNamedInTheMinutesShowsInTheDocumentsButNotInTheEvents() throws IOException {
        api.post("admin", "/api/people/" + member + "/erasure", "{\"reason\":\"Anmodning om sletning\"}");

        Map<String, byte[]> before = unzip(first);
        Map<String, byte[]> after = unzip(archive());
        assertThat(after.get("haendelser.ndjson")).isEqualTo(before.get("haendelser.ndjson"));
        String json = new String(after.get("referat.json"), StandardCharsets.UTF_8);
        assertThat(json).contains("Slettet person").doesNotContain("Per Protokolsen");
        assertThat(new String(before.get("referat.json"), StandardCharsets.UTF_8)).contains("Per Protokolsen");
    }

    /** Byte for byte; where not, which file differs and how (the text files shown). */
    private void assertSameAsFirst(byte[] again) throws IOException {
        Map<String, byte[]> before = unzip(first);
        Map<String, byte[]> now = unzip(again);
        assertThat(now.keySet()).containsExactlyElementsOf(before.keySet());
        for (String name : List.of("referat.json", "haendelser.ndjson", "MANIFEST.txt")) {
            assertThat(new String(now.get(name), StandardCharsets.UTF_8)).as(name)
                    .isEqualTo(new String(before.get(name), StandardCharsets.UTF_8));
        }
        assertThat(now.get("referat.pdf")).as("referat.pdf").isEqualTo(before.get("referat.pdf"));
        assertThat(again).isEqualTo(first);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static List<String> pdfAViolations(byte[] pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf));
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_U, false)) {
            assertThat(parser.getFlavour()).isEqualTo(PDFAFlavour.PDFA_2_U);
            return validator.validate(parser).getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() != TestAssertion.Status.PASSED)
                    .map(assertion -> assertion.getRuleId().getClause() + " " + assertion.getMessage())
                    .distinct()
                    .toList();
        }
    }
}
