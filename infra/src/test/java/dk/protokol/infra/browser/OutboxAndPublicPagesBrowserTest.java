package dk.protokol.infra.browser;

import dk.protokol.infra.support.ApiScript;
import dk.protokol.infra.support.DemoDataTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import static dk.protokol.infra.support.ApiScript.inMeeting;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages of issue 14 in a real browser, without a mail server (the embedded default): the agenda sent out lands in
 * the secretary's outbox page ({@code /udbakke}), readable mail by mail; a quarter network's public page is read
 * without login. axe-core on each; the pictures are the README's.
 */
@Tag("browser")
@DemoDataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxAndPublicPagesBrowserTest {

    static final String SEK = "sekretaer";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    Browser browser;
    Axe axe;
    Path screenshots;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start(port);
        axe = Axe.load();
        screenshots = PagesBrowserTest.screenshotDirectory();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theAgendaSentOutWaitsInTheOutboxPageWithoutAMailServer() {
        ApiScript api = new ApiScript(port, jdbc);
        String fku = api.bodyId("Forum for Koordination og Udvikling");
        String day = LocalDate.now(clock).plusDays(9).toString();
        String meeting = api.create(SEK, "/api/meetings", "{\"bodyId\":\"" + fku + "\",\"start\":\"" + day
                + "T10:00\",\"expectedEnd\":\"" + day + "T12:00\",\"location\":\"Vejle Rådhus, mødelokale 3\"}");
        api.create(SEK, inMeeting(meeting, "/agenda-items"),
                "{\"title\":\"Status på helhedsplanens indsatser\",\"kind\":\"INFORMATION\"}");
        api.post(SEK, inMeeting(meeting, "/agenda/publish"), "{}");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM mail_outbox WHERE meeting_id = ?", Integer.class,
                java.util.UUID.fromString(meeting)) > 0);

        browser.login(SEK, ApiScript.PASSWORD);
        browser.open("/udbakke");
        assertThat(browser.text()).contains("Dagsorden: Forum for Koordination og Udvikling");
        axe.check(browser.driver(), "udbakke");
        browser.screenshotOfWindow(screenshots, "udbakke");
    }

    @Test
    void aQuarterNetworksApprovedMinutesArePublic() {
        ApiScript api = new ApiScript(port, jdbc);
        String network = api.bodyId("Kvarternetværk Munkebo");
        browser.driver().manage().deleteAllCookies();
        browser.open("/offentlig/organer/" + network);
        assertThat(browser.text()).contains("Kvarternetværk Munkebo", "Godkendte referater");
        axe.check(browser.driver(), "offentlig-organ");
        browser.screenshot(screenshots, "offentlig-organ");
    }

    @Test
    void anEvaluatorSignedInDownloadsTheArchiveVersionFromTheMinutesPage() {
        ApiScript api = new ApiScript(port, jdbc);
        String network = api.bodyId("Kvarternetværk Munkebo");
        String meeting = null;
        for (com.fasterxml.jackson.databind.JsonNode m : api.get("evaluator", "/api/meetings?bodyId=" + network)) {
            if (m.path("status").asText().equals("MINUTES_APPROVED")) {
                meeting = m.path("id").asText();
            }
        }
        assertThat(meeting).as("the demo's tacitly approved minutes").isNotNull();
        browser.login("evaluator", ApiScript.PASSWORD);
        browser.open("/moeder/" + meeting);
        assertThat(browser.text()).contains("godkendt stiltiende");
        Object href = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.getElementById('arkivversion').getAttribute('href');");
        Object download = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')))"
                        + ".catch(e => done(String(e)));", href);
        assertThat(download).isEqualTo("200 application/zip");
    }
}
