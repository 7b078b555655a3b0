package dk.protokol.infra.personal;

import com.fasterxml.jackson.databind.JsonNode;
import dk.protokol.infra.support.ApiScript;
import dk.protokol.infra.support.DemoDataTest;
import dk.protokol.infra.support.PostgresTestDatabase;
import dk.protokol.infra.web.Http;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static dk.protokol.infra.support.ApiScript.inMeeting;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11's "must show" for erasure: a person who attended a meeting, made a recorded remark and owns an action is
 * erased; afterwards the whole database (pg_dump, plain and as bytea hex, and every text and bytea column found
 * through information_schema), the log written during the test, every page, document and export contain their
 * name, e-mail and phone zero times, nor the text of her remark (which names her), the minutes keep their structure
 * (the remark stays, its text removed), and the stored events' bytes are the same
 * (SHA-256 over the payloads, in global-index order) before and after.
 */
@DemoDataTest
@ExtendWith(OutputCaptureExtension.class)
class ErasureOnPostgresTest {

    private static final Logger log = LoggerFactory.getLogger(ErasureOnPostgresTest.class);

    // invented, and unlike anything in the demo organisation
    private static final String NAME = "Vibeke Testrup Halskov";
    private static final String EMAIL = "vibeke.halskov@eksempel.dk";
    private static final String PHONE = "+45 61 23 45 97";
    // her remark names her: free text she wrote is her personal data too, sealed under her key
    private static final String REMARK_PHRASE = "beboerhuset holdes åbent om aftenen";
    private static final String REMARK = NAME + " ønsker ført til protokollen, at " + REMARK_PHRASE + ".";
    private static final List<String> PERSONAL = List.of(NAME, EMAIL, PHONE, REMARK_PHRASE);
    private static final String REMARK_REMOVED = "Bemærkning fjernet: forfatteren er slettet";
    private static final String SEK = "sekretaer";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${protokol.test.database}")
    String database;

    @Test
    void anErasedPersonIsNowhereAndTheEventsAreUnchanged(CapturedOutput output) throws Exception {
        ApiScript api = new ApiScript(port, jdbc);
        Http http = new Http(port);
        String bps = api.bodyId("Boligpolitisk Styregruppe");

        String person = api.create("admin", "/api/people", "{\"name\":\"" + NAME + "\",\"email\":\"" + EMAIL
                + "\",\"phone\":\"" + PHONE + "\",\"organisation\":\"Lejerbo\"}");
        api.post("admin", "/api/bodies/" + bps + "/members",
                "{\"personId\":\"" + person + "\",\"role\":\"MEMBER\",\"from\":\"2026-09-01\"}");
        List<JsonNode> voting = api.members(bps, "CHAIR", "VICE_CHAIR", "MEMBER");
        assertThat(voting).extracting(member -> member.path("personId").asText()).contains(person);

        String meeting = api.create(SEK, "/api/meetings", "{\"bodyId\":\"" + bps + "\",\"start\":\"2026-10-22T14:00\","
                + "\"expectedEnd\":\"2026-10-22T16:00\",\"location\":\"Beboerhuset, Vejle\"}");
        String item = api.create(SEK, inMeeting(meeting, "/agenda-items"),
                "{\"title\":\"Åbningstider i beboerhuset\",\"kind\":\"DECISION\"}");
        api.post(SEK, inMeeting(meeting, "/agenda/publish"), "{}");
        for (JsonNode member : voting) {
            api.post(SEK, inMeeting(meeting, "/attendance"), "{\"personId\":\"" + member.path("personId").asText()
                    + "\",\"status\":\"PRESENT\"}");
        }
        api.post(SEK, inMeeting(meeting, "/open"), "{}");
        String decision = api.create(SEK, inMeeting(meeting, "/agenda-items/" + item + "/decisions"),
                "{\"text\":\"Beboerhuset holder åbent til kl. 22.\",\"outcome\":\"ADOPTED\","
                        + "\"votesFor\":" + voting.size() + ",\"votesAgainst\":0,\"abstentions\":0}");
        api.post(SEK, inMeeting(meeting, "/decisions/" + decision + "/remarks"),
                "{\"personId\":\"" + person + "\",\"text\":\"" + REMARK + "\"}");
        String action = api.create(SEK, inMeeting(meeting, "/agenda-items/" + item + "/actions"),
                "{\"description\":\"Aftale nøgleordning med viceværten\",\"ownerId\":\"" + person
                        + "\",\"dueDate\":\"2027-01-31\",\"decisionId\":\"" + decision + "\"}");
        api.post(SEK, inMeeting(meeting, "/close"), "{}");
        api.post(SEK, inMeeting(meeting, "/minutes/circulate"), "{}");
        api.post("formand", inMeeting(meeting, "/minutes/approve"), "{}");

        // before: she is named where she should be (so the checks below can see a name), and only there
        JsonNode before = api.get("evaluator", inMeeting(meeting, "/minutes"));
        assertThat(before.path("present").findValuesAsText("name")).contains(NAME);
        assertThat(api.text("evaluator", inMeeting(meeting, "/minutes.md"))).contains(NAME);
        assertThat(http.get("evaluator", ApiScript.PASSWORD, "/moeder/" + meeting).body()).contains(NAME);
        assertThat(api.get("admin", "/api/history/people/" + person).toString()).contains(NAME);
        // the scan of the database sees what is stored, in text and in bytea (the decision is in both)
        assertThat(databaseOccurrences("Beboerhuset holder åbent til kl. 22."))
                .containsKeys("domain_event_entry.payload", "minutes_view.state");
        assertThat(api.get("evaluator", inMeeting(meeting, "/minutes")).toString()).contains(REMARK);
        // sealed from the start: no event, view or lookup ever held her data in plaintext; only the mail outbox holds
        // her address while a mail is on its way (issue 14: the address and the invitation's ATTENDEE), until the
        // erasure, checked below with everything else
        Map<String, Integer> sealedBefore = new LinkedHashMap<>();
        PERSONAL.forEach(value -> databaseOccurrences(value).forEach(sealedBefore::put));
        assertThat(sealedBefore.keySet()).as("the outbox's plaintext address before the erasure")
                .contains("mail_outbox.address");
        sealedBefore.keySet().removeAll(List.of("mail_outbox.address", "mail_outbox.calendar"));
        assertThat(sealedBefore).as("personal data stored in plaintext before the erasure").isEmpty();

        // her own data (GDPR Art. 15): for an administrator and for herself, not for another member
        api.post("admin", "/api/accounts", "{\"username\":\"vth-konto\",\"password\":\"" + ApiScript.PASSWORD
                + "-langt-nok\",\"personId\":\"" + person + "\"}");
        JsonNode data = api.get("admin", "/api/people/" + person + "/data");
        assertThat(data.path("details").path("name").asText()).isEqualTo(NAME);
        assertThat(data.path("details").path("email").asText()).isEqualTo(EMAIL);
        assertThat(data.path("details").path("phone").asText()).isEqualTo(PHONE);
        assertThat(data.path("memberships").findValuesAsText("bodyId")).contains(bps);
        assertThat(data.path("attendance").findValuesAsText("meetingId")).containsExactly(meeting);
        assertThat(data.path("attendance").get(0).path("status").asText()).isEqualTo("PRESENT");
        assertThat(data.path("remarks").findValuesAsText("text")).containsExactly(REMARK);
        assertThat(data.path("actionsOwned").findValuesAsText("actionId")).containsExactly(action);
        Http.Answer own = http.get("vth-konto", ApiScript.PASSWORD + "-langt-nok", "/api/people/" + person + "/data");
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().path("details").path("name").asText()).isEqualTo(NAME);
        assertThat(http.get("medlem", ApiScript.PASSWORD, "/api/people/" + person + "/data").status()).isEqualTo(403);

        long headBefore = head();
        String checksumBefore = checksumUpTo(headBefore);
        long eventsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);

        // an official is kept (public records law); she is a private person
        String director = api.create("admin", "/api/people", "{\"name\":\"Ditlev Embedsen\"}");
        api.post("admin", "/api/people/" + director + "/official", "{\"office\":\"Kommunaldirektør\"}");
        JsonNode official = api.refusedPost(409, "admin", "/api/people/" + director + "/erasure",
                "{\"reason\":\"Anmodning\"}");
        assertThat(official.path("rule").asText()).isEqualTo("OfficialsAreNotErased");
        assertThat(official.path("detail").asText()).contains("offentlighedsloven");

        // the erasure: refused without a reason, then done; not twice; no new details afterwards
        api.refusedPost(400, "admin", "/api/people/" + person + "/erasure", "{\"reason\":\" \"}");
        api.refusedPost(403, SEK, "/api/people/" + person + "/erasure", "{\"reason\":\"Anmodning\"}");
        api.post("admin", "/api/people/" + person + "/erasure",
                "{\"reason\":\"Anmodning om sletning efter GDPR art. 17\"}");
        assertThat(api.refusedPost(409, "admin", "/api/people/" + person + "/erasure",
                "{\"reason\":\"Igen\"}").path("rule").asText()).isEqualTo("PersonIsErasedOnce");
        assertThat(api.refusedPost(409, "admin", "/api/people/" + person + "/details",
                "{\"name\":\"" + NAME + "\"}").path("rule").asText()).isEqualTo("ErasedPersonTakesNoDetails");
        String fku = api.bodyId("Forum for Koordination og Udvikling");
        assertThat(api.refusedPost(409, "admin", "/api/bodies/" + fku + "/members", "{\"personId\":\"" + person
                + "\",\"role\":\"MEMBER\",\"from\":\"2026-11-01\"}").path("rule").asText())
                .isEqualTo("ErasedPersonIsNotAppointed");
        assertThat(api.refusedPost(409, SEK, "/api/meetings/" + api.create(SEK, "/api/meetings", "{\"bodyId\":\""
                + bps + "\",\"start\":\"2027-02-04T14:00\",\"expectedEnd\":\"2027-02-04T16:00\","
                + "\"location\":\"Beboerhuset, Vejle\"}") + "/attendance", "{\"personId\":\"" + person
                + "\",\"status\":\"APOLOGIES\"}").path("rule").asText()).isEqualTo("ErasedPersonDoesNotAttend");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person_key WHERE person_id = ?::uuid"
                + " AND key_bytes IS NULL AND erased_at IS NOT NULL", Integer.class, person)).isEqualTo(1);

        // the stored events: the same bytes up to the erasure; one event more (PersonErased)
        String checksumAfter = checksumUpTo(headBefore);
        long eventsAfter = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
        assertThat(checksumAfter).isEqualTo(checksumBefore);
        List<String> appended = jdbc.queryForList("SELECT payload_type FROM domain_event_entry WHERE global_index > ?"
                + " AND aggregate_identifier = ? ORDER BY global_index", String.class, headBefore, person);
        assertThat(appended).containsExactly("dk.protokol.events.organisation.PersonErased");
        assertThat(eventsAfter).isGreaterThan(eventsBefore); // and the later meeting's

        // everything that can be read: pages, documents, exports, histories
        Map<String, String> readable = new LinkedHashMap<>();
        readable.put("minutes (JSON)", api.get("evaluator", inMeeting(meeting, "/minutes")).toString());
        readable.put("minutes.md", api.text("evaluator", inMeeting(meeting, "/minutes.md")));
        readable.put("minutes.pdf", pdfText(api.bytes("evaluator", inMeeting(meeting, "/minutes.pdf"))));
        readable.put("meeting.ics", api.text("evaluator", "/api/meetings/" + meeting + ".ics"));
        readable.put("body meetings.ics", api.text("evaluator", "/api/bodies/" + bps + "/meetings.ics"));
        readable.put("actions.csv", api.text("evaluator", "/api/actions.csv?bodyId=" + bps));
        readable.put("actions (JSON)", api.get("evaluator", "/api/actions?bodyId=" + bps).toString());
        readable.put("action (JSON)", api.get("evaluator", "/api/actions/" + action).toString());
        readable.put("actions overview", api.get("evaluator", "/api/bodies/" + bps + "/actions/overview").toString());
        readable.put("statistics", api.get("evaluator", "/api/bodies/" + bps + "/statistics").toString());
        readable.put("decisions", api.get("evaluator", "/api/decisions?bodyId=" + bps).toString());
        readable.put("meetings", api.get("evaluator", "/api/meetings?bodyId=" + bps).toString());
        readable.put("body", api.get("evaluator", "/api/bodies/" + bps).toString());
        readable.put("org chart", api.get("evaluator", "/api/org-chart").toString());
        readable.put("meeting history", api.get("evaluator", "/api/history/meetings/" + meeting).toString());
        readable.put("meeting history (en)", api.get("evaluator", "/api/history/meetings/" + meeting + "?lang=en")
                .toString());
        readable.put("person history", api.get("admin", "/api/history/people/" + person).toString());
        readable.put("person's data", api.get("admin", "/api/people/" + person + "/data").toString());
        readable.put("body history", api.get("evaluator", "/api/history/bodies/" + bps).toString());
        for (String page : List.of("/moeder/" + meeting, "/moeder/" + meeting + "?lang=en", "/moeder",
                "/moeder?bodyId=" + bps, "/handlinger", "/handlinger?bodyId=" + bps, "/evaluering/handlinger/" + action,
                "/evaluering/historik/moeder/" + meeting, "/evaluering/historik/moeder/" + meeting + "/punkter/" + item,
                "/evaluering/historik/moeder/" + meeting + "/beslutninger/" + decision,
                "/evaluering/historik/personer/" + person, "/evaluering/historik/organer/" + bps, "/beslutninger",
                "/organisation", "/organisation/admin/personer", "/organisation/admin/personer/" + person,
                "/organisation/admin/organer/" + bps)) {
            String user = page.startsWith("/organisation/admin") || page.contains("/personer/") ? "admin" : "evaluator";
            Http.Answer answer = http.get(user, ApiScript.PASSWORD, page);
            assertThat(answer.status()).as(page).isEqualTo(200);
            readable.put("page " + page, answer.body());
        }
        Map<String, Integer> found = new LinkedHashMap<>();
        readable.forEach((what, text) -> PERSONAL.forEach(value -> {
            int count = count(text, value);
            if (count > 0) {
                found.put(what + " contains " + value, count);
            }
        }));
        assertThat(found).as("personal data readable after the erasure").isEmpty();

        // the minutes keep their structure: everyone still counted present, the remark (its text removed, its author
        // erased) and the action kept
        JsonNode after = api.get("evaluator", inMeeting(meeting, "/minutes"));
        assertThat(after.path("present")).hasSize(before.path("present").size());
        assertThat(after.path("present").findValuesAsText("name")).contains("Slettet person");
        assertThat(after.toString()).contains(REMARK_REMOVED, "Aftale nøgleordning med viceværten",
                "Beboerhuset holder åbent til kl. 22.");
        assertThat(after.findValues("remarks").stream().mapToInt(JsonNode::size).sum())
                .isEqualTo(before.findValues("remarks").stream().mapToInt(JsonNode::size).sum());
        assertThat(readable.get("minutes.md")).contains("**Slettet person:** " + REMARK_REMOVED);
        assertThat(readable.get("minutes.pdf")).contains(REMARK_REMOVED);
        assertThat(readable.get("page /moeder/" + meeting)).contains(REMARK_REMOVED);
        assertThat(readable.get("page /moeder/" + meeting + "?lang=en"))
                .contains("Remark removed: the author was erased", "Erased person").doesNotContain("Slettet person");
        assertThat(readable.get("meeting history")).contains(REMARK_REMOVED);
        assertThat(readable.get("meeting history (en)")).contains("Remark removed: the author was erased");
        assertThat(readable.get("minutes.md")).contains("Slettet person");
        assertThat(readable.get("minutes.pdf")).contains("Slettet person");
        assertThat(readable.get("actions.csv")).contains("Slettet person");
        assertThat(readable.get("page /moeder/" + meeting)).contains("Slettet person");
        assertThat(readable.get("person history")).contains("Slettet person", "Anmodning om sletning");
        assertThat(readable.get("meeting history (en)")).doesNotContain("Slettet person");
        JsonNode erasedData = api.get("admin", "/api/people/" + person + "/data");
        assertThat(erasedData.path("details").path("erased").asBoolean()).isTrue();
        assertThat(erasedData.path("remarks").findValuesAsText("text")).containsExactly(REMARK_REMOVED);

        // the whole database: every text and bytea column, and a pg_dump (plain and bytea hex)
        Map<String, Integer> stored = new LinkedHashMap<>();
        PERSONAL.forEach(value -> databaseOccurrences(value)
                .forEach((column, count) -> stored.put(column + " contains " + value, count)));
        assertThat(stored).as("personal data in the database after the erasure").isEmpty();
        String dump = pgDump();
        Map<String, Integer> dumped = new LinkedHashMap<>();
        for (String value : PERSONAL) {
            dumped.put(value, count(dump, value));
            dumped.put(value + " (hex)", count(dump, HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8))));
        }
        assertThat(dumped.values()).as("pg_dump " + dumped).containsOnly(0);
        assertThat(count(dump, "Aftale nøgleordning med viceværten")
                + count(dump, HexFormat.of().formatHex("nøgleordning".getBytes(StandardCharsets.UTF_8))))
                .as("the dump holds the meeting's own text").isPositive();

        // the log written during the test
        Map<String, Integer> logged = new LinkedHashMap<>();
        PERSONAL.forEach(value -> logged.put(value, count(output.getAll(), value)));
        assertThat(logged.values()).as("log " + logged).containsOnly(0);

        log.info("Erasure must-show: {} readable resources and {} dumped bytes checked; payload checksum {} before"
                        + " and {} after over {} events (head {}); events {} -> {}; log {} chars",
                readable.size(), dump.length(), checksumBefore, checksumAfter, eventsBefore, headBefore,
                eventsBefore, eventsAfter, output.getAll().length());
    }

    private long head() {
        return jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
    }

    private String checksumUpTo(long head) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        jdbc.query("SELECT payload FROM domain_event_entry WHERE global_index <= ? ORDER BY global_index",
                row -> {
                    sha.update(row.getBytes("payload"));
                }, head);
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Every text-like and bytea column of every table in the public schema that holds {@code value}, with counts. */
    private Map<String, Integer> databaseOccurrences(String value) {
        Map<String, Integer> found = new LinkedHashMap<>();
        List<Map<String, Object>> columns = jdbc.queryForList("SELECT c.table_name, c.column_name, c.data_type"
                + " FROM information_schema.columns c JOIN information_schema.tables t"
                + " ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
                + " WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'"
                + " AND c.data_type IN ('text', 'character varying', 'character', 'bytea', 'json', 'jsonb', 'oid')");
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            String type = (String) column.get("data_type");
            String condition = type.equals("bytea")
                    ? "position(convert_to(?, 'UTF8') in \"" + name + "\") > 0"
                    : "strpos(\"" + name + "\"::text, ?) > 0";
            Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM \"" + table + "\" WHERE " + condition,
                    Integer.class, value);
            if (count != null && count > 0) {
                found.put(table + "." + name, count);
            }
        }
        return found;
    }

    private String pgDump() throws Exception {
        Path pgDump = List.of(Path.of("/usr/bin/pg_dump")).stream().filter(Files::isExecutable).findFirst()
                .orElseGet(() -> {
                    try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
                        return versions.map(v -> v.resolve("bin/pg_dump")).filter(Files::isExecutable)
                                .findFirst().orElseThrow();
                    } catch (Exception e) {
                        throw new IllegalStateException("no pg_dump", e);
                    }
                });
        List<String> command = new ArrayList<>(List.of(pgDump.toString(), "-h", PostgresTestDatabase.HOST,
                "-p", PostgresTestDatabase.PORT, "-U", PostgresTestDatabase.USER, "--no-password", database));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
        builder.environment().put("PGPASSWORD", PostgresTestDatabase.PASSWORD);
        Process process = builder.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        process.getInputStream().transferTo(out);
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(errors).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int count(String text, String value) {
        int count = 0;
        for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
            count++;
        }
        return count;
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
