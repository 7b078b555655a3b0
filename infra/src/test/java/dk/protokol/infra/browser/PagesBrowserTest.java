package dk.protokol.infra.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.support.ApiScript;
import dk.protokol.infra.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages in a real browser (headless Debian Chromium): every read-only page, the login page and a meeting's
 * minutes pass axe-core's WCAG 2.1 A/AA rules without a serious or critical violation, and the main pages are
 * photographed. One Spring context (the same as the other demo-data tests, so it is shared) and one browser
 * for the class.
 *
 * <p>Screenshots go to infra/target/screenshots; {@code -Dprotokol.screenshots=docs/screenshots} (relative to
 * the repository root) refreshes the ones the README shows.
 */
@Tag("browser")
@SpringBootTest(classes = ProtokolApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "protokol.demo-data=true")
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PagesBrowserTest {

    static final String PASSWORD = "demo";
    static final String BPS = "Boligpolitisk Styregruppe";
    static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Browser browser;
    Axe axe;
    Path screenshots;
    ApiScript api;
    String meeting;
    String meetingTitle = "Boligsocial indsats i Øst – pilotprojekt";
    LocalDateTime beforeApproval;

    @BeforeAll
    void startBrowser() {
        axe = Axe.load();
        browser = Browser.start(port);
        screenshots = screenshotDirectory();
        api = new ApiScript(port, jdbc);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void theLoginPageIsAccessible() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/moeder");
        assertThat(browser.currentPath()).startsWith("/login");
        checked("login", true);
    }

    @ParameterizedTest(name = "{0} {1}")
    @Order(2)
    @CsvSource({
            "forside, /, Protokol",
            "organisation, /organisation, " + BPS,
            "moeder, /moeder, Møder",
            "beslutninger, /beslutninger?q=budget, Beslutninger",
            "handlinger, /handlinger, Handlinger",
            "organisation-en, /organisation?lang=en, " + BPS,
    })
    void theReadOnlyPagesAreAccessible(String name, String path, String expected) {
        browser.login("evaluator", PASSWORD).open(path).waitForText(expected);
        checked(name, !name.endsWith("-en"));
    }

    @Test
    @Order(3)
    void theMinutesOfAMeetingRecordedThroughTheApiAreAccessibleLiveAndAsRecordedBeforeTheApproval() {
        recordAMeetingThroughTheApi();

        browser.login("medlem", PASSWORD);
        reloadUntil("/moeder/" + meeting, "Godkendt");
        assertThat(browser.text()).contains(meetingTitle, "Afbud", "Rammen for pilotprojektet godkendes.");
        checked("referat", true);

        // the evaluator opens the minutes as recorded before the approval (asOf, to the second)
        browser.login("evaluator", PASSWORD)
                .open("/moeder/" + meeting + "?asOf=" + beforeApproval.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME))
                .waitForText("Vist som registreret pr.");
        assertThat(browser.currentPath()).contains("asOf=");
        assertThat(browser.text()).contains("Referatet er ikke godkendt.", "referat udsendt", "Rammen for pilotprojektet godkendes.");
        checked("referat-som-registreret", true);

        // the meetings of the body list the new meeting
        browser.open("/moeder?bodyId=" + api.bodyId(BPS)).waitForText("Vejle Rådhus");
        checked("moeder-bps", false);
    }

    /** Schedules, records, closes, circulates and approves a BPS meeting as the demo users do. */
    private void recordAMeetingThroughTheApi() {
        String bps = api.bodyId(BPS);
        List<JsonNode> voting = api.members(bps, "CHAIR", "VICE_CHAIR", "MEMBER");
        JsonNode absentee = voting.get(voting.size() - 1);
        JsonNode owner = voting.get(1);
        meeting = api.create("sekretaer", "/api/meetings", "{\"bodyId\":\"" + bps + "\","
                + "\"start\":\"2026-12-03T14:00\",\"expectedEnd\":\"2026-12-03T16:00\","
                + "\"location\":\"Vejle Rådhus, mødelokale 3\"}");
        String item = api.create("sekretaer", m("/agenda-items"), "{\"title\":\"" + meetingTitle + "\","
                + "\"kind\":\"DECISION\",\"description\":\"Sekretariatets oplæg til et pilotprojekt.\"}");
        api.create("sekretaer", m("/agenda-items"), "{\"title\":\"Orientering fra kvartererne\",\"kind\":\"INFORMATION\"}");
        api.post("sekretaer", m("/agenda/publish"), "{}");
        for (JsonNode member : voting) {
            api.post("sekretaer", m("/attendance"), "{\"personId\":\"" + member.path("personId").asText()
                    + "\",\"status\":\"" + (member == absentee ? "APOLOGIES" : "PRESENT") + "\"}");
        }
        api.post("sekretaer", m("/open"), "{}");
        api.post("sekretaer", m("/agenda-items/" + item + "/notes"), "{\"text\":\"Oplægget blev drøftet.\"}");
        String decision = api.create("sekretaer", m("/agenda-items/" + item + "/decisions"),
                "{\"text\":\"Rammen for pilotprojektet godkendes.\",\"outcome\":\"ADOPTED\","
                        + "\"votesFor\":" + (voting.size() - 1) + ",\"votesAgainst\":0,\"abstentions\":0}");
        api.create("sekretaer", m("/agenda-items/" + item + "/actions"), "{\"description\":\"Beskrive pilotprojektet"
                + " til næste møde\",\"ownerId\":\"" + owner.path("personId").asText() + "\",\"dueDate\":\"2027-02-28\","
                + "\"decisionId\":\"" + decision + "\"}");
        api.post("sekretaer", m("/close"), "{}");
        api.post("sekretaer", m("/minutes/circulate"), "{}");
        // a moment after the circulation and before the approval
        beforeApproval = LocalDateTime.now(DANISH_TIME).withNano(0).plusSeconds(1);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
                .pollInterval(java.time.Duration.ofMillis(100))
                .until(() -> LocalDateTime.now(DANISH_TIME).isAfter(beforeApproval));
        api.post("formand", m("/minutes/approve"), "{}");
    }

    private String m(String path) {
        return "/api/meetings/" + meeting + path;
    }

    /** The read side catches up shortly after a write: reload the page until it shows {@code text}. */
    private void reloadUntil(String path, String text) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
                .pollInterval(java.time.Duration.ofMillis(250))
                .until(() -> browser.open(path).text().contains(text));
    }

    /** axe-core on the current page, then (if asked) a screenshot of it. */
    private void checked(String name, boolean screenshot) {
        axe.check(browser.driver(), name);
        if (screenshot) {
            browser.screenshot(screenshots, name);
        }
    }

    private static Path screenshotDirectory() {
        String configured = Browser.setting("protokol.screenshots", null);
        Path root = Paths.get("").toAbsolutePath();
        if (!Files.isDirectory(root.resolve("infra")) && root.getParent() != null) {
            root = root.getParent(); // surefire runs in infra/
        }
        return configured == null ? root.resolve("infra/target/screenshots") : root.resolve(configured);
    }
}
