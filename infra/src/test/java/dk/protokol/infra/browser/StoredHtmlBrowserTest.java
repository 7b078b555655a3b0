package dk.protokol.infra.browser;

import dk.protokol.infra.support.ApiScript;
import dk.protokol.infra.support.DemoDataTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static dk.protokol.infra.support.ApiScript.inMeeting;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored HTML never runs in a page (issue 11): a secretary records an agenda title, notes, a decision and an action
 * that carry markup meant to run script. In a real browser, the minutes, the secretary's working surface, the decision
 * register, the action list and the meeting's history show the text as typed, and no script of it ran (the page's
 * escaping, with the content security policy behind it).
 */
@Tag("browser")
@DemoDataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredHtmlBrowserTest {

    static final String SEK = "sekretaer";
    static final String TITLE = "Budget <img src=x onerror=\"window.__ran='title'\"> 2029";
    static final String NOTES = "Drøftet.</p><script>window.__ran='notes'</script><p>";
    static final String DECISION = "Vedtaget \"><svg onload=\"window.__ran='decision'\"></svg>";
    static final String ACTION = "Følge op <iframe src=\"javascript:window.parent.__ran='action'\"></iframe>";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start(port);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void markupRecordedInTheMinutesIsShownAsTextAndNeverRuns() {
        ApiScript api = new ApiScript(port, jdbc);
        String bps = api.bodyId("Boligpolitisk Styregruppe");
        String owner = api.members(bps, "MEMBER").get(0).path("personId").asText();
        String meeting = api.create(SEK, "/api/meetings", "{\"bodyId\":\"" + bps + "\",\"start\":\"2029-01-09T14:00\","
                + "\"expectedEnd\":\"2029-01-09T16:00\",\"location\":\"Rådhuset\"}");
        String item = api.create(SEK, inMeeting(meeting, "/agenda-items"),
                "{\"title\":" + json(TITLE) + ",\"kind\":\"DECISION\"}");
        api.post(SEK, inMeeting(meeting, "/agenda/publish"), "{}");
        api.post(SEK, inMeeting(meeting, "/open"), "{}");
        api.post(SEK, inMeeting(meeting, "/agenda-items/" + item + "/notes"), "{\"text\":" + json(NOTES) + "}");
        api.create(SEK, inMeeting(meeting, "/agenda-items/" + item + "/decisions"),
                "{\"text\":" + json(DECISION) + ",\"outcome\":\"POSTPONED\"}");
        api.create(SEK, inMeeting(meeting, "/agenda-items/" + item + "/actions"), "{\"description\":" + json(ACTION)
                + ",\"ownerId\":\"" + owner + "\",\"dueDate\":\"2029-02-01\"}");
        api.get(SEK, "/api/meetings/" + meeting + "/minutes"); // the views have caught up

        browser.login(SEK, ApiScript.PASSWORD);
        List<String> pages = List.of("/moeder/" + meeting, "/sekretaer/moeder/" + meeting,
                "/beslutninger?q=" + URLEncoder.encode("Vedtaget", StandardCharsets.UTF_8),
                "/handlinger", "/evaluering/historik/moeder/" + meeting);
        for (String page : pages) {
            browser.open(page);
            Object ran = ((JavascriptExecutor) browser.driver()).executeScript("return window.__ran || null;");
            assertThat(ran).as("script from stored text ran on " + page).isNull();
        }
        browser.open("/moeder/" + meeting);
        assertThat(browser.text()).contains(TITLE, "window.__ran='notes'", DECISION, ACTION);
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
