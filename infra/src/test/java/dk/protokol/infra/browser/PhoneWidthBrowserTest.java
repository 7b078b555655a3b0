package dk.protokol.infra.browser;

import dk.protokol.infra.support.ApiScript;
import dk.protokol.infra.support.DemoDataTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import static dk.protokol.infra.support.ApiScript.inMeeting;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone (issue 14, item 6): at 360 CSS pixels a member reads the agenda with its bilag (and opens one) and the
 * circulated minutes, comments on
 * them, and reports progress on an action of theirs; the public reads a publishing body's page. Every page is checked
 * with axe-core (no serious or critical WCAG 2.1 AA violation) and must not scroll sideways: nothing is wider than
 * the phone.
 */
@Tag("browser")
@DemoDataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneWidthBrowserTest {

    static final String SEK = "sekretaer";
    static final int PHONE = 360;

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
        browser.driver().manage().window().setSize(new Dimension(PHONE, 780));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aMemberReadsTheAgendaAndTheMinutesCommentsAndReportsProgressOnAPhone() {
        ApiScript api = new ApiScript(port, jdbc);
        String bps = api.bodyId("Boligpolitisk Styregruppe");
        String member = jdbc.queryForObject("SELECT CAST(person_id AS VARCHAR(36)) FROM account WHERE username = ?",
                String.class, "medlem");
        String day = LocalDate.now(clock).minusDays(1).toString();
        // an agenda sent out for a meeting next week
        String next = LocalDate.now(clock).plusDays(7).toString();
        String coming = api.create(SEK, "/api/meetings", "{\"bodyId\":\"" + bps + "\",\"start\":\"" + next
                + "T16:30\",\"expectedEnd\":\"" + next + "T18:30\",\"location\":\"Beboerhuset i Løget, mødelokale 2\"}");
        String budget = api.create(SEK, inMeeting(coming, "/agenda-items"), "{\"title\":\"Helhedsplanens budget for 2027 og "
                + "fordelingen af puljemidlerne mellem boligområderne\",\"kind\":\"DECISION\",\"description\":"
                + "\"Sekretariatet indstiller, at styregruppen godkender budgettet.\"}");
        byte[] pdf = ("%PDF-1.7\n% budgetforslag " + coming + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
        String bilag = api.upload(SEK, inMeeting(coming, "/agenda-items/" + budget + "/attachments"),
                "Budgetforslag for helhedsplanen 2027 med fordeling af puljemidler.pdf", pdf);
        api.post(SEK, inMeeting(coming, "/agenda/publish"), "{}");
        // yesterday's meeting: minutes out for comment, an action for the member
        String held = api.create(SEK, "/api/meetings", "{\"bodyId\":\"" + bps + "\",\"start\":\"" + day
                + "T09:00\",\"expectedEnd\":\"" + day + "T11:00\",\"location\":\"Vejle Rådhus\"}");
        String item = api.create(SEK, inMeeting(held, "/agenda-items"),
                "{\"title\":\"Tryghedsvandring i Nørremarken\",\"kind\":\"DISCUSSION\"}");
        api.post(SEK, inMeeting(held, "/agenda/publish"), "{}");
        api.post(SEK, inMeeting(held, "/open"), "{}");
        api.post(SEK, inMeeting(held, "/agenda-items/" + item + "/notes"),
                "{\"text\":\"Styregruppen drøftede ruten og tidspunktet for vandringen.\"}");
        String action = api.create(SEK, inMeeting(held, "/agenda-items/" + item + "/actions"),
                "{\"description\":\"Aftale ruten med politiet\",\"ownerId\":\"" + member + "\",\"dueDate\":\""
                        + LocalDate.now(clock).plusDays(14) + "\"}");
        api.post(SEK, inMeeting(held, "/close"), "{}");
        api.post(SEK, inMeeting(held, "/minutes/circulate"), "{}");
        api.get(SEK, inMeeting(held, "/minutes"));
        api.get(SEK, "/api/actions/" + action);

        browser.login("medlem", ApiScript.PASSWORD);
        assertThat(((Number) script("return window.innerWidth;")).intValue()).isEqualTo(PHONE);
        checked("/moeder/" + coming, "telefon-dagsorden");
        assertThat(browser.text()).contains("Helhedsplanens budget for 2027", "Bilag 2.1");
        // the bilag opens from the phone: the same bytes, as a PDF
        Object href = script("var a = Array.from(document.querySelectorAll('ul.attachments a'))"
                + ".find(a => a.textContent.indexOf('Bilag 2.1') === 0); return a ? a.getAttribute('href') : null;");
        assertThat(href).isEqualTo("/bilag/" + bilag);
        Object download = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'})"
                        + ".then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('content-type')"
                        + " + ' ' + b.byteLength))).catch(e => done(String(e)));", href);
        assertThat(download).isEqualTo("200 application/pdf " + pdf.length);
        checked("/moeder/" + held, "telefon-referat");
        browser.fillId("bemaerkning-tekst", "Ruten skal også gå forbi legepladsen.").submit("ny-bemaerkning");
        browser.waitForText("Ruten skal også gå forbi legepladsen.");
        checked(null, "telefon-bemaerkning");
        checked("/mine-handlinger", "telefon-mine-handlinger");
        browser.fillId("note-" + action, "Politiet har foreslået en dato.");
        browser.submit("status-" + action);
        browser.waitForText("Politiet har foreslået en dato.");
        checked(null, "telefon-status");
    }

    @Test
    void thePublicReadsAPublishingBodysPageOnAPhone() {
        ApiScript api = new ApiScript(port, jdbc);
        String network = api.bodyId("Kvarternetværk Munkebo");
        browser.driver().manage().deleteAllCookies();
        checked("/offentlig", "telefon-offentlig");
        checked("/offentlig/organer/" + network, "telefon-offentlig-organ");
        assertThat(browser.text()).contains("Kvarternetværk Munkebo");
    }

    /** Opens the page (or checks the one shown), then axe-core, nothing wider than the phone, and a screenshot. */
    private void checked(String path, String name) {
        if (path != null) {
            browser.open(path);
        }
        axe.check(browser.driver(), name);
        Number wide = (Number) script("return document.documentElement.scrollWidth;");
        assertThat(wide.intValue()).as("%s scrolls sideways at %d px; wider than the phone: %s", name, PHONE,
                script("return Array.from(document.querySelectorAll('body *')).filter(e => "
                        + "e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 8).map(e => e.tagName + "
                        + "(e.id ? '#' + e.id : '') + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect()"
                        + ".right)).join(', ');")).isLessThanOrEqualTo(PHONE);
        browser.screenshotOfWindow(screenshots, name);
    }

    private Object script(String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }
}
