package dk.protokol.infra.attachments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.protokol.infra.support.ApiScript;
import dk.protokol.infra.support.DemoDataTest;
import dk.protokol.infra.support.Uploads;
import dk.protokol.infra.web.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static dk.protokol.infra.support.ApiScript.inMeeting;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bilag through the API on PostgreSQL (issue 14, item 1): upload and download give the same bytes and SHA-256; an
 * executable named .pdf is refused (400, Danish, field {@code file}) with nothing recorded or stored; the same file
 * twice (also at the same moment) is stored once; a file over the limit is 413; a reader without rights to the body
 * is 403; a withdrawn bilag keeps its number and stays in the history, the as-of minutes and the documents.
 */
@DemoDataTest
class AttachmentApiOnPostgresTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void uploadDownloadRefusalDeduplicationLimitsRightsAndWithdrawal() throws Exception {
        ApiScript api = new ApiScript(port, jdbc);
        Uploads uploads = new Uploads(port);
        Http http = new Http(port);
        String bps = api.bodyId("Boligpolitisk Styregruppe");
        String meeting = api.create("sekretaer", "/api/meetings", "{\"bodyId\":\"" + bps
                + "\",\"start\":\"2027-05-04T10:00\",\"expectedEnd\":\"2027-05-04T12:00\",\"location\":\"Rådhuset\"}");
        String item = api.create("sekretaer", inMeeting(meeting, "/agenda-items"),
                "{\"title\":\"Budget for bilagsprøven\",\"kind\":\"DECISION\"}");
        String attachments = inMeeting(meeting, "/agenda-items/" + item + "/attachments");

        // upload -> download: the same bytes and hash, the stored type and name, nosniff
        byte[] pdf = ("%PDF-1.7\n% bilagsprøve " + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
        Uploads.Answer uploaded = uploads.upload("sekretaer", attachments, "Budget 2027 – udkast.pdf",
                "application/octet-stream", pdf, Map.of("public", "true"));
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        JsonNode answer = JSON.readTree(uploaded.body());
        String first = answer.path("id").asText();
        assertThat(answer.path("sha256").asText()).isEqualTo(sha256(pdf));
        assertThat(answer.path("position").asLong()).isPositive();

        Uploads.Answer download = uploads.get("medlem", "/api/attachments/" + first + "?minPosition="
                + answer.path("position").asLong());
        assertThat(download.status()).as(download.text()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(sha256(download.body())).isEqualTo(answer.path("sha256").asText());
        assertThat(download.header("Content-Type")).startsWith("application/pdf");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.header("Content-Disposition")).startsWith("inline;")
                .contains("filename*=UTF-8''Budget%202027%20%E2%80%93%20udkast.pdf");

        // an executable with a PDF name: 400 in Danish naming the field, no event, no stored bytes
        long events = events();
        long stored = stored();
        byte[] executable = new byte[4096];
        executable[0] = 'M';
        executable[1] = 'Z';
        Uploads.Answer refused = uploads.upload("sekretaer", attachments, "faktura.pdf", "application/pdf",
                executable, Map.of());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("file");
        assertThat(problem.path("errors").get(0).path("message").asText())
                .isEqualTo("Filen er ikke en PDF, DOCX, XLSX, ODT, PNG eller JPEG.");
        byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0};
        assertThat(uploads.upload("sekretaer", attachments, "referat.pdf", "application/pdf", elf, Map.of()).status())
                .isEqualTo(400);
        assertThat(events()).as("events after refused uploads").isEqualTo(events);
        assertThat(stored()).as("stored files after refused uploads").isEqualTo(stored);

        // the same file again, and twice at the same moment: three more bilag, one stored content
        Uploads.Answer again = uploads.upload("sekretaer", attachments, "Budget igen.pdf", "application/pdf", pdf,
                Map.of());
        assertThat(again.status()).isEqualTo(201);
        byte[] docx = office("word/document.xml");
        List<Uploads.Answer> atOnce = List.of(
                        CompletableFuture.supplyAsync(() -> uploads.upload("sekretaer", attachments, "Notat.docx",
                                "application/msword", docx, Map.of())),
                        CompletableFuture.supplyAsync(() -> uploads.upload("sekretaer", attachments, "Notat kopi.docx",
                                "application/msword", docx, Map.of())))
                .stream().map(CompletableFuture::join).toList();
        assertThat(atOnce).extracting(Uploads.Answer::status).containsExactly(201, 201);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM attachment_content WHERE sha256 = ?", Long.class,
                sha256(pdf))).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM attachment_content WHERE sha256 = ?", Long.class,
                sha256(docx))).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT content_type FROM attachment_content WHERE sha256 = ?", String.class,
                sha256(docx))).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        // beyond the limit (25 MB): 413 in Danish, nothing recorded or stored
        events = events();
        stored = stored();
        byte[] tooLarge = new byte[25 * 1024 * 1024 + 1];
        System.arraycopy(pdf, 0, tooLarge, 0, pdf.length);
        Uploads.Answer large = uploads.upload("sekretaer", attachments, "stor.pdf", "application/pdf", tooLarge,
                Map.of());
        assertThat(large.status()).as(large.text()).isEqualTo(413);
        assertThat(JSON.readTree(large.body()).path("detail").asText())
                .isEqualTo("Filen er for stor; et bilag må højst fylde 25 MB.");
        assertThat(events()).isEqualTo(events);
        assertThat(stored()).isEqualTo(stored);

        // a member of the body reads them; a reader of another body does not; a member does not upload
        String closed = api.create("admin", "/api/bodies", """
                {"name": "Lukket gruppe om bilagsprøven", "kind": "WORKING_GROUP", "organisation": "BolivVejle",
                 "establishedOn": "2026-01-01"}""");
        String closedMeeting = api.create("admin", "/api/meetings", "{\"bodyId\":\"" + closed
                + "\",\"start\":\"2027-05-05T10:00\",\"expectedEnd\":\"2027-05-05T12:00\",\"location\":\"Rådhuset\"}");
        String closedItem = api.create("admin", inMeeting(closedMeeting, "/agenda-items"),
                "{\"title\":\"Fortroligt\",\"kind\":\"INFORMATION\"}");
        Uploads.Answer secret = uploads.upload("admin", inMeeting(closedMeeting, "/agenda-items/" + closedItem
                + "/attachments"), "fortroligt.pdf", "application/pdf", pdf, Map.of());
        assertThat(secret.status()).isEqualTo(201);
        String secretId = JSON.readTree(secret.body()).path("id").asText();
        long secretPosition = JSON.readTree(secret.body()).path("position").asLong();
        assertThat(uploads.get("medlem", "/api/attachments/" + secretId + "?minPosition=" + secretPosition).status())
                .isEqualTo(403);
        assertThat(uploads.get("evaluator", "/api/attachments/" + secretId).status()).isEqualTo(200);
        assertThat(uploads.get(null, "/api/attachments/" + secretId).status()).isEqualTo(401);
        assertThat(uploads.get("medlem", "/api/attachments/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(uploads.upload("medlem", attachments, "medlem.pdf", "application/pdf", pdf, Map.of()).status())
                .isEqualTo(403);

        // the minutes number them under the item (the standing item is 1); withdrawn, the first keeps its number
        JsonNode listed = ApiScript.agendaItem(api.get("sekretaer", inMeeting(meeting, "/minutes?minPosition="
                + JSON.readTree(atOnce.get(1).body()).path("position").asLong())), item);
        assertThat(listed.path("attachments")).hasSize(4);
        assertThat(listed.path("attachments").get(0).path("number").asText()).isEqualTo("2.1");
        assertThat(listed.path("attachments").get(0).path("visibleToPublic").asBoolean()).isTrue();
        assertThat(listed.path("attachments").get(1).path("number").asText()).isEqualTo("2.2");
        String beforeWithdrawal = java.time.Instant.now().toString();
        JsonNode withdrawn = api.post("sekretaer", attachments + "/" + first + "/withdraw",
                "{\"reason\":\"Forkert version\"}");
        api.refusedPost(409, "sekretaer", attachments + "/" + first + "/withdraw", "{\"reason\":\"Igen\"}");
        api.refusedPost(404, "sekretaer", attachments + "/" + UUID.randomUUID() + "/withdraw",
                "{\"reason\":\"Ukendt\"}");
        api.refusedPost(400, "sekretaer", attachments + "/" + first + "/withdraw", "{}");
        JsonNode after = ApiScript.agendaItem(http.get("sekretaer", ApiScript.PASSWORD, inMeeting(meeting,
                "/minutes?minPosition=" + withdrawn.path("position").asLong())).json(), item);
        assertThat(after.path("attachments").get(0).path("withdrawn").asBoolean()).isTrue();
        assertThat(after.path("attachments").get(0).path("withdrawnReason").asText()).isEqualTo("Forkert version");
        assertThat(after.path("attachments").get(0).path("number").asText()).isEqualTo("2.1");
        assertThat(uploads.get("medlem", "/api/attachments/" + first).body()).as("a withdrawn bilag stays readable")
                .isEqualTo(pdf);
        JsonNode asOf = ApiScript.agendaItem(http.get("sekretaer", ApiScript.PASSWORD, inMeeting(meeting,
                "/minutes?asOf=" + beforeWithdrawal)).json(), item);
        assertThat(asOf.path("attachments").get(0).path("withdrawn").asBoolean()).isFalse();
        assertThat(asOf.path("attachments").get(0).path("number").asText()).isEqualTo("2.1");

        String history = http.get("sekretaer", ApiScript.PASSWORD, "/api/history/meetings/" + meeting + "/items/"
                + item).body();
        assertThat(history).contains("Bilaget Budget 2027 – udkast.pdf blev vedhæftet punktet")
                .contains("Et bilag til punktet").contains("blev trukket tilbage").contains("Forkert version");
        String markdown = api.text("sekretaer", inMeeting(meeting, "/minutes.md"));
        assertThat(markdown).contains("### Bilag")
                .contains("Bilag 2.1: Budget 2027 – udkast.pdf (").contains("SHA-256 " + sha256(pdf).substring(0, 12))
                .contains("trukket tilbage: Forkert version")
                .contains("Bilag 2.3: Notat");
        byte[] minutesPdf = api.bytes("sekretaer", inMeeting(meeting, "/minutes.pdf"));
        assertThat(new String(minutesPdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void anUploadWithAnIdempotencyKeyIsRecordedOnceAndReplayed() throws Exception {
        ApiScript api = new ApiScript(port, jdbc);
        Uploads uploads = new Uploads(port);
        String bps = api.bodyId("Boligpolitisk Styregruppe");
        String meeting = api.create("sekretaer", "/api/meetings", "{\"bodyId\":\"" + bps
                + "\",\"start\":\"2027-06-01T10:00\",\"expectedEnd\":\"2027-06-01T12:00\",\"location\":\"Rådhuset\"}");
        String item = api.create("sekretaer", inMeeting(meeting, "/agenda-items"),
                "{\"title\":\"Billeder\",\"kind\":\"INFORMATION\"}");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2, 3};
        String key = UUID.randomUUID().toString();
        String path = inMeeting(meeting, "/agenda-items/" + item + "/attachments");
        Uploads.Answer once = uploads.upload("sekretaer", path, "plan.png", "image/png", png, Map.of(),
                request -> request.header("Idempotency-Key", key));
        long events = events();
        Uploads.Answer twice = uploads.upload("sekretaer", path, "plan.png", "image/png", png, Map.of(),
                request -> request.header("Idempotency-Key", key));
        assertThat(once.status()).as(once.text()).isEqualTo(201);
        assertThat(twice.status()).isEqualTo(201);
        assertThat(twice.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(twice.text()).isEqualTo(once.text());
        assertThat(events()).isEqualTo(events);
        Uploads.Answer otherFile = uploads.upload("sekretaer", path, "plan.png", "image/png",
                new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}, Map.of(),
                request -> request.header("Idempotency-Key", key));
        assertThat(otherFile.status()).as("the same key with another file").isEqualTo(409);
    }

    @Test
    void theArchiveVersionOfApprovedMinutesHoldsTheirBilagByHash() throws Exception {
        ApiScript api = new ApiScript(port, jdbc);
        Uploads uploads = new Uploads(port);
        String bps = api.bodyId("Boligpolitisk Styregruppe");
        String chair = api.members(bps, "CHAIR").get(0).path("personId").asText();
        String meeting = api.create("sekretaer", "/api/meetings", "{\"bodyId\":\"" + bps
                + "\",\"start\":\"2027-07-06T10:00\",\"expectedEnd\":\"2027-07-06T12:00\",\"location\":\"Rådhuset\"}");
        String item = api.create("sekretaer", inMeeting(meeting, "/agenda-items"),
                "{\"title\":\"Regnskab\",\"kind\":\"INFORMATION\"}");
        byte[] xlsx = office("xl/workbook.xml");
        Uploads.Answer uploaded = uploads.upload("sekretaer", inMeeting(meeting, "/agenda-items/" + item
                + "/attachments"), "Regnskab 2026.xlsx", "application/vnd.ms-excel", xlsx, Map.of());
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        api.post("sekretaer", inMeeting(meeting, "/agenda/publish"), "{}");
        api.post("sekretaer", inMeeting(meeting, "/attendance"), "{\"personId\":\"" + chair
                + "\",\"status\":\"PRESENT\"}");
        api.post("sekretaer", inMeeting(meeting, "/open"), "{}");
        api.post("sekretaer", inMeeting(meeting, "/close"), "{}");
        api.post("sekretaer", inMeeting(meeting, "/minutes/circulate"), "{}");
        api.post("formand", inMeeting(meeting, "/minutes/approve"), "{}");
        // approved: no more bilag
        assertThat(uploads.upload("sekretaer", inMeeting(meeting, "/agenda-items/" + item + "/attachments"),
                "Sent.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII), Map.of()).status())
                .isEqualTo(409);

        byte[] zip = api.bytes("evaluator", inMeeting(meeting, "/archive.zip"));
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        assertThat(entries).containsKey("bilag/" + sha256(xlsx));
        assertThat(entries.get("bilag/" + sha256(xlsx))).isEqualTo(xlsx);
        assertThat(new String(entries.get("MANIFEST.txt"), StandardCharsets.UTF_8))
                .contains("Bilag 2.1: Regnskab 2026.xlsx").contains(sha256(xlsx) + "  bilag/" + sha256(xlsx));
        assertThat(api.bytes("evaluator", inMeeting(meeting, "/archive.zip"))).as("derived again").isEqualTo(zip);
    }

    private long events() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
    }

    private long stored() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM attachment_content", Long.class);
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    /** A minimal office container: [Content_Types].xml and one entry (word/… for DOCX, xl/… for XLSX). */
    static byte[] office(String entry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(("<document>" + UUID.randomUUID() + "</document>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
