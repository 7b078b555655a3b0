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
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
    static final String MEMBER_NAME = "Grethe Uldall Holm"; // the demo user medlem
    static final String ACTION = "Beskrive pilotprojektet til næste møde";
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
    String action;
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

    /**
     * Issue 5's story as far as the pages go: the secretary's part through the API (until the /sekretaer pages
     * land), then the chair approves on /formand, the member completes the action on /mine-handlinger, and the
     * evaluator opens the minutes as recorded before the approval. axe-core runs on every page on the way.
     */
    @Test
    @Order(3)
    void aMeetingFromTheSecretaryToTheChairTheMemberAndTheEvaluator() {
        recordAMeetingThroughTheApi();

        // the chair approves the circulated minutes on the chair's page
        browser.login("formand", PASSWORD);
        reloadUntil("/formand", By.id("godkend-knap-" + meeting));
        assertThat(browser.text()).contains("Referater til godkendelse", "Boligpolitisk Styregruppe");
        checked("formand", true);
        browser.driver().findElement(By.id("godkend-knap-" + meeting)).click();
        browser.waitForPage();
        browser.field(By.id("gemt"));
        assertThat(browser.text()).contains("er gemt", "referat godkendt");
        checked("formand-godkendt", false);

        // the member completes the action agreed at the meeting
        browser.login("medlem", PASSWORD);
        reloadUntil("/mine-handlinger", By.id("meld-udfoert-" + action));
        assertThat(browser.text()).contains(ACTION);
        checked("mine-handlinger", true);
        browser.driver().findElement(By.id("meld-udfoert-" + action)).click();
        browser.waitForPage();
        browser.field(By.id("gemt"));
        assertThat(browser.text()).contains("»" + ACTION + "« er meldt udført.");
        checked("mine-handlinger-udfoert", false);

        // the minutes as they are now: approved
        reloadUntil("/moeder/" + meeting, By.xpath("//dd[starts-with(normalize-space(.), 'Godkendt')]"));
        assertThat(browser.text()).contains(meetingTitle, "Afbud", "Rammen for pilotprojektet godkendes.");
        checked("referat", true);

        // the evaluator opens the minutes as recorded before the approval (asOf, to the second)
        browser.login("evaluator", PASSWORD)
                .open("/moeder/" + meeting + "?asOf=" + beforeApproval.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME))
                .waitForText("Vist som registreret pr.");
        assertThat(browser.currentPath()).contains("asOf=");
        assertThat(browser.text()).contains("Referatet er ikke godkendt.", "referat udsendt",
                "Rammen for pilotprojektet godkendes.");
        checked("referat-som-registreret", true);

        // the meetings of the body list the new meeting
        browser.open("/moeder?bodyId=" + api.bodyId(BPS)).waitForText("Vejle Rådhus");
        checked("moeder-bps", false);
    }

    /** Schedules, records, closes and circulates a BPS meeting as the secretary does, through the API. */
    private void recordAMeetingThroughTheApi() {
        String bps = api.bodyId(BPS);
        List<JsonNode> voting = api.members(bps, "CHAIR", "VICE_CHAIR", "MEMBER");
        JsonNode owner = voting.stream().filter(p -> p.path("name").asText().equals(MEMBER_NAME)).findFirst()
                .orElseThrow(() -> new AssertionError("the demo user medlem (" + MEMBER_NAME + ") is not in " + BPS));
        JsonNode absentee = voting.stream().filter(p -> p != owner).reduce((a, b) -> b).orElseThrow();
        // held yesterday: an action exists from its meeting's day, and the member's list shows today's actions
        String day = LocalDate.now(DANISH_TIME).minusDays(1).toString();
        meeting = api.create("sekretaer", "/api/meetings", "{\"bodyId\":\"" + bps + "\","
                + "\"start\":\"" + day + "T14:00\",\"expectedEnd\":\"" + day + "T16:00\","
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
        action = api.create("sekretaer", m("/agenda-items/" + item + "/actions"), "{\"description\":\"" + ACTION
                + "\",\"ownerId\":\"" + owner.path("personId").asText() + "\",\"dueDate\":\"2027-02-28\","
                + "\"decisionId\":\"" + decision + "\"}");
        api.post("sekretaer", m("/close"), "{}");
        api.post("sekretaer", m("/minutes/circulate"), "{}");
        // a moment after the circulation and before the approval
        beforeApproval = LocalDateTime.now(DANISH_TIME).withNano(0).plusSeconds(1);
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> LocalDateTime.now(DANISH_TIME).isAfter(beforeApproval));
    }

    private String m(String path) {
        return "/api/meetings/" + meeting + path;
    }

    /** The read side catches up shortly after a write: reload the page until it shows {@code text}. */
    private void reloadUntil(String path, By element) {
        try {
            await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250))
                    .until(() -> !browser.open(path).driver().findElements(element).isEmpty());
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError(path + " does not show " + element + " within 15 s; the page reads:\n"
                    + browser.text(), e);
        }
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
