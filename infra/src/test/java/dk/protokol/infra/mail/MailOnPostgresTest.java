package dk.protokol.infra.mail;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.operations.ViewRebuild;
import dk.protokol.infra.support.ApiScript;
import dk.protokol.infra.support.PostgresTestDatabase;
import dk.protokol.infra.web.Http;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dk.protokol.infra.support.ApiScript.inMeeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 14's "must show" for mail, against a real SMTP server running in the test (GreenMail, on a free port) and
 * the real PostgreSQL: the agenda reaches every member and the secretariat once, with the invitation (parsed back)
 * and the links; a move sends an update with a higher SEQUENCE, a cancellation METHOD:CANCEL; the SMTP server down
 * for a while loses no mail and sends none twice; an action due tomorrow reminds its owner once over two runs; the
 * English preference gives English text; a rebuild of the views sends nothing; an erased person gets nothing and their
 * rows are redacted; each delivery is an event in the log, naming the person and never the address.
 */
@SpringBootTest(classes = ProtokolApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"protokol.demo-data=true", "protokol.mail.from=protokol@eksempel.dk",
                "protokol.mail.send-interval=PT0.2S", "protokol.mail.initial-backoff=PT0.3S",
                "protokol.mail.max-backoff=PT1S", "protokol.mail.max-attempts=1000",
                "protokol.public-base-url=https://protokol.eksempel.dk",
                "spring.mail.properties.mail.smtp.starttls.enable=false",
                "spring.mail.properties.mail.smtp.connectiontimeout=2000",
                "spring.mail.properties.mail.smtp.timeout=2000"})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailOnPostgresTest {

    private static final String SEK = "sekretaer";
    private static final int SMTP_PORT = freePort();
    private static final ServerSetup SMTP = new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private static GreenMail smtp;
    /** The meetings this class mailed about. */
    private static final List<String> MEETINGS = new ArrayList<>();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ActionReminders reminders;
    @Autowired
    ViewRebuild rebuild;
    @Autowired
    Clock clock;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("protokol.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(SMTP);
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    @Order(1)
    void theAgendaReachesEveryMemberOnceWithTheInvitationAndTheLinksAndAMoveAndACancellationFollow() throws Exception {
        ApiScript api = new ApiScript(port, jdbc);
        String bps = api.bodyId("Boligpolitisk Styregruppe");
        Set<String> members = personIds(api.members(bps));
        assertThat(api.members(bps, "SECRETARY")).isNotEmpty();

        String meeting = remember(api.create(SEK, "/api/meetings", "{\"bodyId\":\"" + bps + "\",\"start\":"
                + "\"2027-02-11T14:00\",\"expectedEnd\":\"2027-02-11T16:00\",\"location\":\"Vejle Rådhus, mødelokale 2\"}"));
        String budget = api.create(SEK, inMeeting(meeting, "/agenda-items"),
                "{\"title\":\"Budget 2027 for helhedsplanen\",\"kind\":\"DECISION\"}");
        api.create(SEK, inMeeting(meeting, "/agenda-items"),
                "{\"title\":\"Orientering fra kvartererne\",\"kind\":\"INFORMATION\"}");
        // the budget item's bilag: the agenda mail links to it, "Bilag 2.1"
        String bilag = api.upload(SEK, inMeeting(meeting, "/agenda-items/" + budget + "/attachments"),
                "Budgetforslag 2027.pdf", ("%PDF-1.7\n% budget " + meeting + "\n%%EOF\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        api.post(SEK, inMeeting(meeting, "/agenda/publish"), "{}");

        List<Map<String, Object>> agenda = sentRows(meeting, "AGENDA", members.size());
        assertThat(agenda).extracting(row -> row.get("person_id").toString())
                .containsExactlyInAnyOrderElementsOf(members); // every member and the secretariat, once each
        Map<String, MimeMessage> received = receivedOnce(agenda);
        for (Map<String, Object> row : agenda) {
            MimeMessage mail = received.get((String) row.get("message_id"));
            assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(row.get("address"));
            assertThat(mail.getSubject()).isEqualTo("Dagsorden: Boligpolitisk Styregruppe, torsdag den 11. februar 2027");
            String text = part(mail, "text/plain");
            assertThat(text).contains("1. Godkendelse af dagsorden", "2. Budget 2027 for helhedsplanen", "3. Orientering fra kvartererne",
                    "Vejle Rådhus, mødelokale 2", "14:00–16:00",
                    "https://protokol.eksempel.dk/moeder/" + meeting);
            assertThat(text).contains("Bilag 2.1: Budgetforslag 2027.pdf",
                    "https://protokol.eksempel.dk/bilag/" + bilag);
            assertThat(part(mail, "text/html"))
                    .contains("<a href=\"https://protokol.eksempel.dk/moeder/" + meeting + "\">")
                    .contains("<a href=\"https://protokol.eksempel.dk/bilag/" + bilag + "\">");
            VEvent event = invitation(mail, "REQUEST");
            assertThat(value(event, Property.UID)).isEqualTo(meeting + "@protokol");
            assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
            assertThat(event.getProperty(Property.DTSTART).orElseThrow().toString())
                    .contains("TZID=Europe/Copenhagen", "20270211T140000");
            assertThat(contentType(mail, "text/calendar")).contains("method=REQUEST");
        }

        // moved: every member gets the update, SEQUENCE higher
        api.post(SEK, inMeeting(meeting, "/reschedule"), "{\"start\":\"2027-02-18T15:00\","
                + "\"expectedEnd\":\"2027-02-18T17:00\",\"location\":\"Vejle Rådhus, mødelokale 3\"}");
        List<Map<String, Object>> moved = sentRows(meeting, "AGENDA_UPDATED", members.size());
        for (MimeMessage mail : receivedOnce(moved).values()) {
            VEvent event = invitation(mail, "REQUEST");
            assertThat(value(event, Property.UID)).isEqualTo(meeting + "@protokol");
            assertThat(Integer.parseInt(value(event, Property.SEQUENCE))).isEqualTo(1);
            assertThat(event.getProperty(Property.DTSTART).orElseThrow().toString()).contains("20270218T150000");
            assertThat(part(mail, "text/plain")).contains("Mødet i Boligpolitisk Styregruppe er flyttet",
                    "mødelokale 3");
        }

        // cancelled: METHOD:CANCEL, SEQUENCE higher still
        api.post(SEK, inMeeting(meeting, "/cancel"), "{\"reason\":\"Budgettet er ikke klar\"}");
        List<Map<String, Object>> cancelled = sentRows(meeting, "MEETING_CANCELLED", members.size());
        for (MimeMessage mail : receivedOnce(cancelled).values()) {
            VEvent event = invitation(mail, "CANCEL");
            assertThat(Integer.parseInt(value(event, Property.SEQUENCE))).isEqualTo(2);
            assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
            assertThat(part(mail, "text/plain")).contains("Budgettet er ikke klar");
        }

        // each delivery is an event: who (the person), what (kind, subject, outbox row), never the address
        List<String> delivered = jdbc.queryForList("SELECT CONVERT_FROM(payload, 'UTF8') FROM domain_event_entry"
                + " WHERE payload_type = 'dk.protokol.events.mail.MailDelivered'"
                + " AND CONVERT_FROM(payload, 'UTF8') LIKE ?", String.class, "%" + meeting + "%");
        assertThat(delivered).hasSize(3 * members.size());
        for (Map<String, Object> row : agenda) {
            assertThat(delivered).filteredOn(payload -> payload.contains("\"outboxId\":" + row.get("id") + ","))
                    .singleElement().satisfies(payload -> assertThat(payload)
                            .contains(row.get("person_id").toString(), "\"kind\":\"AGENDA\"")
                            .doesNotContain((String) row.get("address")));
        }
    }

    @Test
    @Order(2)
    void anSmtpServerDownForAWhileLosesNoMailAndSendsNoneTwice() throws Exception {
        ApiScript api = new ApiScript(port, jdbc);
        String bps = api.bodyId("Boligpolitisk Styregruppe");
        int members = api.members(bps).size();
        String meeting = meetingWithAgenda(api, bps, "2027-03-11");
        smtp.stop();
        try {
            api.post(SEK, inMeeting(meeting, "/agenda/publish"), "{}");
            // every mail queued and tried at least twice while the server is away
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(jdbc.queryForList(
                    "SELECT attempts FROM mail_outbox WHERE meeting_id = ? AND kind = 'AGENDA' AND state = 'QUEUED'",
                    Integer.class, java.util.UUID.fromString(meeting))).hasSize(members).allMatch(a -> a >= 2));
        } finally {
            smtp = new GreenMail(SMTP);
            smtp.start();
        }
        List<Map<String, Object>> rows = sentRows(meeting, "AGENDA", members);
        receivedOnce(rows);
        assertThat(rows).allMatch(row -> ((Number) row.get("attempts")).intValue() >= 3);
        assertThat(deliveries(meeting)).isEqualTo(members);
    }

    @Test
    @Order(3)
    void anActionDueTomorrowRemindsItsOwnerOnceOverTwoRunsAndTheMinutesAreMailedWhenCirculatedAndApproved()
            throws Exception {
        ApiScript api = new ApiScript(port, jdbc);
        String bps = api.bodyId("Boligpolitisk Styregruppe");
        JsonNode owner = api.members(bps, "MEMBER").get(0);
        String meeting = api.create(SEK, "/api/meetings", "{\"bodyId\":\"" + bps + "\",\"start\":\""
                + LocalDate.now(clock).minusDays(1) + "T14:00\",\"expectedEnd\":\"" + LocalDate.now(clock).minusDays(1)
                + "T16:00\",\"location\":\"Vejle Rådhus\"}");
        String item = api.create(SEK, inMeeting(meeting, "/agenda-items"),
                "{\"title\":\"Lokaler til kvarterskontoret\",\"kind\":\"DISCUSSION\"}");
        api.post(SEK, inMeeting(meeting, "/agenda/publish"), "{}");
        api.post(SEK, inMeeting(meeting, "/open"), "{}");
        String action = api.create(SEK, inMeeting(meeting, "/agenda-items/" + item + "/actions"),
                "{\"description\":\"Indhente tilbud på lokaler\",\"ownerId\":\"" + owner.path("personId").asText()
                        + "\",\"dueDate\":\"" + LocalDate.now(clock).plusDays(1) + "\"}");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM action_view WHERE id = ?", Integer.class, action) == 1);

        reminders.remind();
        reminders.remind();

        List<Map<String, Object>> rows = await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForList(
                "SELECT * FROM mail_outbox WHERE action_id = ?", java.util.UUID.fromString(action)),
                found -> found.size() == 1 && "SENT".equals(found.get(0).get("state")));
        Map<String, Object> reminder = rows.get(0);
        assertThat(reminder.get("kind")).isEqualTo("ACTION_DUE");
        assertThat(reminder.get("person_id").toString()).isEqualTo(owner.path("personId").asText());
        MimeMessage mail = receivedOnce(rows).values().iterator().next();
        assertThat(mail.getSubject()).startsWith("Handling forfalder").endsWith("Indhente tilbud på lokaler");
        assertThat(part(mail, "text/plain")).contains("https://protokol.eksempel.dk/mine-handlinger");

        // the minutes out for comment, then approved: each member told once of each
        int members = api.members(bps).size();
        api.post(SEK, inMeeting(meeting, "/close"), "{}");
        api.post(SEK, inMeeting(meeting, "/minutes/circulate"), "{}");
        for (MimeMessage circulated : receivedOnce(sentRows(meeting, "MINUTES_CIRCULATED", members)).values()) {
            assertThat(circulated.getSubject()).startsWith("Referat til kommentering: Boligpolitisk Styregruppe");
            assertThat(part(circulated, "text/plain")).contains("https://protokol.eksempel.dk/moeder/" + meeting)
                    .contains("Bemærkninger kan gives til og med ").doesNotContain("stiltiende");
            assertThat(find(circulated, "text/calendar")).isNull();
        }
        api.post("formand", inMeeting(meeting, "/minutes/approve"), "{}");
        for (MimeMessage approved : receivedOnce(sentRows(meeting, "MINUTES_APPROVED", members)).values()) {
            assertThat(approved.getSubject()).startsWith("Referatet er godkendt: Boligpolitisk Styregruppe");
        }

        // a changed due date reminds again, once
        api.post(SEK, "/api/actions/" + action + "/due-date", "{\"dueDate\":\"" + LocalDate.now(clock).plusDays(2)
                + "\",\"reason\":\"Udlejer svarer senere\"}");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM action_view WHERE id = ? AND due_date = ?", Integer.class, action,
                LocalDate.now(clock).plusDays(2)) == 1);
        reminders.remind();
        reminders.remind();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE action_id = ?", Integer.class,
                java.util.UUID.fromString(action))).isEqualTo(2);
    }

    @Test
    @Order(4)
    void aPersonWhoPrefersEnglishGetsEnglish() throws Exception {
        ApiScript api = new ApiScript(port, jdbc);
        String bps = api.bodyId("Boligpolitisk Styregruppe");
        List<JsonNode> members = api.members(bps);
        String english = members.get(members.size() - 1).path("personId").asText();
        api.post("admin", "/api/people/" + english + "/language", "{\"language\":\"en\"}");
        api.refusedPost(400, "admin", "/api/people/" + english + "/language", "{\"language\":\"de\"}");
        String meeting = meetingWithAgenda(api, bps, "2027-04-08");
        api.post(SEK, inMeeting(meeting, "/agenda/publish"), "{}");
        List<Map<String, Object>> rows = sentRows(meeting, "AGENDA", members.size());
        Map<String, MimeMessage> received = receivedOnce(rows);
        for (Map<String, Object> row : rows) {
            MimeMessage mail = received.get((String) row.get("message_id"));
            if (row.get("person_id").toString().equals(english)) {
                assertThat(row.get("language")).isEqualTo("en");
                assertThat(mail.getSubject()).isEqualTo("Agenda: Boligpolitisk Styregruppe, Thursday 8 April 2027");
                assertThat(part(mail, "text/plain")).contains("has been published", "2. Lokaler", "The meeting's page");
            } else {
                assertThat(mail.getSubject()).startsWith("Dagsorden: ");
            }
        }
    }

    @Test
    @Order(5)
    void aRebuildOfTheViewsSendsNothing() {
        long rows = jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox", Long.class);
        Map<String, Integer> delivered = new HashMap<>();
        MEETINGS.forEach(meeting -> delivered.put(meeting, deliveries(meeting)));
        assertThat(delivered.values()).allMatch(count -> count > 0);
        rebuild.start("mailtest");
        assertThat(rebuild.progress().processingGroups()).contains("minutes", "people").doesNotContain("mail");
        await().atMost(Duration.ofMinutes(2)).until(() -> rebuild.progress().state().equals("DONE"));
        // after the views caught up: no row added (the mail group was not reset), no meeting's mail sent again
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox", Long.class)).isEqualTo(rows);
        MEETINGS.forEach(meeting -> assertThat(deliveries(meeting)).as(meeting).isEqualTo(delivered.get(meeting)));
    }

    @Test
    @Order(6)
    void anErasedPersonGetsNothingAndTheirRowsAreRedacted() throws Exception {
        ApiScript api = new ApiScript(port, jdbc);
        String bps = api.bodyId("Boligpolitisk Styregruppe");
        List<JsonNode> members = api.members(bps, "MEMBER");
        String erased = members.get(members.size() - 1).path("personId").asText();
        List<String> addresses = jdbc.queryForList("SELECT DISTINCT address FROM mail_outbox WHERE person_id = ?",
                String.class, java.util.UUID.fromString(erased));
        assertThat(addresses).isNotEmpty();
        api.post("admin", "/api/people/" + erased + "/erasure", "{\"reason\":\"Anmodning om sletning\"}");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox"
                + " WHERE person_id = ? AND (address IS NOT NULL OR text_body IS NOT NULL OR redacted_at IS NULL)",
                Integer.class, java.util.UUID.fromString(erased)) == 0);
        String meeting = meetingWithAgenda(api, bps, "2027-05-06");
        api.post(SEK, inMeeting(meeting, "/agenda/publish"), "{}");
        List<Map<String, Object>> rows = sentRows(meeting, "AGENDA", api.members(bps).size() - 1);
        assertThat(rows).noneMatch(row -> row.get("person_id").toString().equals(erased));
        for (String address : addresses) {
            // the address is nowhere in the outbox (another member may share a demo address: not the erased one's row)
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE person_id = ? AND"
                            + " (address = ? OR text_body LIKE ? OR html_body LIKE ?)", Integer.class,
                    java.util.UUID.fromString(erased), address, "%" + address + "%", "%" + address + "%")).isZero();
        }
        // the API shows the redacted rows with the erased name
        JsonNode outbox = api.get("admin", "/api/outbox?to=" + erased);
        assertThat(outbox).isNotEmpty();
        outbox.forEach(mail -> {
            assertThat(mail.path("recipientName").asText()).isEqualTo("Slettet person");
            assertThat(mail.path("redacted").asBoolean()).isTrue();
            assertThat(mail.path("to").isMissingNode() || mail.path("to").isNull()).isTrue();
        });
    }

    @Test
    @Order(7)
    void theOutboxIsReadByAdministratorsAndByEachBodysSecretariesForThatBodysMailOnly() {
        ApiScript api = new ApiScript(port, jdbc);
        Http http = new Http(port);
        String bps = api.bodyId("Boligpolitisk Styregruppe");
        String secretary = jdbc.queryForObject("SELECT CAST(person_id AS VARCHAR(36)) FROM account"
                + " WHERE username = ?", String.class, SEK);
        List<JsonNode> bodies = new ArrayList<>();
        api.get("evaluator", "/api/bodies").forEach(bodies::add);
        String other = bodies.stream().map(body -> body.path("id").asText())
                .filter(body -> !body.equals(bps))
                .filter(body -> api.members(body, "SECRETARY").stream()
                        .noneMatch(seat -> seat.path("personId").asText().equals(secretary)))
                .filter(body -> !api.members(body).isEmpty())
                .findFirst().orElseThrow();
        String othersMeeting = meetingWithAgenda(api, other, "2027-06-03", "admin");
        api.post("admin", inMeeting(othersMeeting, "/agenda/publish"), "{}");
        java.util.UUID othersId = java.util.UUID.fromString(othersMeeting);
        int rows = await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM"
                        + " mail_outbox WHERE meeting_id = ? AND state <> 'QUEUED'", Integer.class, othersId),
                sent -> sent > 0 && jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE meeting_id = ?"
                        + " AND state = 'QUEUED'", Integer.class, othersId) == 0);

        assertThat(api.get("admin", "/api/outbox?meetingId=" + othersMeeting)).hasSize(rows);
        assertThat(api.get(SEK, "/api/outbox?meetingId=" + othersMeeting)).as("another body's mail").isEmpty();
        JsonNode own = api.get(SEK, "/api/outbox?meetingId=" + MEETINGS.get(0));
        assertThat(own).isNotEmpty();
        own.forEach(mail -> assertThat(mail.path("state").asText()).isEqualTo("SENT"));
        // a mail of someone not erased (an erased person's rows are blanked by an earlier test, in any order)
        JsonNode reached = java.util.stream.StreamSupport.stream(own.spliterator(), false)
                .filter(mail -> !mail.path("to").asText().isBlank()).findFirst().orElseThrow();
        assertThat(reached.path("attempts").asInt()).isEqualTo(1);
        assertThat(reached.path("recipientName").asText()).isNotBlank();
        String firstAddress = reached.path("to").asText();
        assertThat(api.get(SEK, "/api/outbox?to=" + firstAddress)).isNotEmpty()
                .allMatch(mail -> mail.path("to").asText().equals(firstAddress));
        assertThat(http.get("medlem", ApiScript.PASSWORD, "/api/outbox").status()).isEqualTo(403);

        // the page: the secretary reads the body's mail, text included; a member is refused
        Http.Answer page = http.get(SEK, ApiScript.PASSWORD, "/udbakke?meetingId=" + MEETINGS.get(0));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Udbakke", "Dagsorden: Boligpolitisk Styregruppe", "Sendt",
                "1. Godkendelse af dagsorden", "href=\"/udbakke\"");
        assertThat(http.get(SEK, ApiScript.PASSWORD, "/udbakke?meetingId=" + othersMeeting).body())
                .contains("Ingen mails.");
        assertThat(http.get("medlem", ApiScript.PASSWORD, "/udbakke").status()).isEqualTo(403);
    }

    private String meetingWithAgenda(ApiScript api, String body, String day) {
        return meetingWithAgenda(api, body, day, SEK);
    }

    private String meetingWithAgenda(ApiScript api, String body, String day, String user) {
        String meeting = remember(api.create(user, "/api/meetings", "{\"bodyId\":\"" + body + "\",\"start\":\"" + day
                + "T14:00\",\"expectedEnd\":\"" + day + "T16:00\",\"location\":\"Vejle Rådhus\"}"));
        api.create(user, inMeeting(meeting, "/agenda-items"), "{\"title\":\"Lokaler\",\"kind\":\"DISCUSSION\"}");
        return meeting;
    }

    private static String remember(String meeting) {
        MEETINGS.add(meeting);
        return meeting;
    }

    /** The meeting's rows of a kind once all {@code expected} of them are SENT. */
    private List<Map<String, Object>> sentRows(String meeting, String kind, int expected) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForList(
                        "SELECT * FROM mail_outbox WHERE meeting_id = ? AND kind = ? ORDER BY id",
                        java.util.UUID.fromString(meeting), kind),
                rows -> rows.size() == expected && rows.stream().allMatch(row -> "SENT".equals(row.get("state"))));
    }

    /** The received mails of the rows, by Message-ID: each row's mail arrived exactly once. */
    private static Map<String, MimeMessage> receivedOnce(List<Map<String, Object>> rows) throws Exception {
        Set<String> wanted = new HashSet<>();
        rows.forEach(row -> wanted.add((String) row.get("message_id")));
        Map<String, MimeMessage> found = new HashMap<>();
        List<String> twice = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            found.clear();
            twice.clear();
            for (MimeMessage message : smtp.getReceivedMessages()) {
                String id = message.getMessageID();
                if (wanted.contains(id) && found.put(id, message) != null) {
                    twice.add(id);
                }
            }
            return found.size() == wanted.size();
        });
        assertThat(twice).as("mails received twice").isEmpty();
        return found;
    }

    private int deliveries(String meeting) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE payload_type ="
                + " 'dk.protokol.events.mail.MailDelivered' AND CONVERT_FROM(payload, 'UTF8') LIKE ?", Integer.class,
                "%" + meeting + "%");
    }

    private static Set<String> personIds(List<JsonNode> members) {
        Set<String> ids = new HashSet<>();
        members.forEach(member -> ids.add(member.path("personId").asText()));
        return ids;
    }

    private static VEvent invitation(MimeMessage mail, String method) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(part(mail, "text/calendar")));
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo(method);
        return calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    private static String part(Part part, String type) throws Exception {
        Part found = find(part, type);
        assertThat(found).as("a " + type + " part").isNotNull();
        Object content = found.getContent();
        return content instanceof java.io.InputStream stream
                ? new String(stream.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8) : content.toString();
    }

    private static String contentType(Part part, String type) throws Exception {
        return find(part, type).getContentType();
    }

    private static Part find(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return part;
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Part found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
