package dk.protokol.infra.browser;

import dk.protokol.infra.support.ApiScript;
import dk.protokol.infra.support.DemoDataTest;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

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
@DemoDataTest
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
    String absentName;
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

    /** The check is not vacuous: a page with an image without a text alternative fails it, naming the rule. */
    @Test
    @Order(0)
    void theAxeCheckFailsOnASeriousViolation() {
        browser.driver().get("data:text/html;charset=utf-8,<!DOCTYPE html><html lang='da'><head><title>Prøve</title>"
                + "</head><body><main><h1>Prøve</h1><img src='x.png'></main></body></html>");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> axe.check(browser.driver(), "prøve")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("[critical] image-alt")
                .hasMessageContaining("img");
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
            "ikke-fundet, /referater/findes-ikke, Ikke fundet",
    })
    void theReadOnlyPagesAreAccessible(String name, String path, String expected) {
        browser.login("evaluator", PASSWORD).open(path).waitForText(expected);
        checked(name, !name.endsWith("-en"));
    }

    /**
     * Issue 5's story in the pages: the secretary schedules a meeting on /sekretaer, builds the agenda, records
     * attendance with one apology, a decision and an action, closes and circulates; the chair approves on /formand, the member completes the action on /mine-handlinger, and the
     * evaluator opens the minutes as recorded before the approval. axe-core runs on every page on the way.
     */
    @Test
    @Order(3)
    void aMeetingFromTheSecretaryToTheChairTheMemberAndTheEvaluator() {
        recordAMeetingInTheSecretaryPages();

        // the chair approves the circulated minutes on the chair's page
        browser.login("formand", PASSWORD);
        reloadUntil("/formand", By.id("godkend-knap-" + meeting));
        assertThat(browser.text()).contains("Referater til godkendelse", "Boligpolitisk Styregruppe");
        checked("formand", true);
        browser.clickId("godkend-knap-" + meeting);
        browser.field(By.id("gemt"));
        assertThat(browser.text()).contains("er gemt", "referat godkendt");
        checked("formand-godkendt", false);

        // the member completes the action agreed at the meeting
        browser.login("medlem", PASSWORD);
        reloadUntil("/mine-handlinger", By.xpath("//article[h2[normalize-space(.)='" + ACTION + "']]"));
        action = browser.driver().findElement(By.xpath("//article[h2[normalize-space(.)='" + ACTION + "']]"))
                .getAttribute("id").substring("handling-".length());
        checked("mine-handlinger", true);
        browser.clickId("meld-udfoert-" + action);
        browser.field(By.id("gemt"));
        assertThat(browser.text()).contains("»" + ACTION + "« er meldt udført.");
        checked("mine-handlinger-udfoert", false);

        // the minutes as they are now: approved
        reloadUntil("/moeder/" + meeting, By.xpath("//dd[starts-with(normalize-space(.), 'Godkendt')]"));
        assertThat(browser.text()).contains(meetingTitle, "Rammen for pilotprojektet godkendes.", ACTION);
        assertThat(browser.driver().findElement(By.xpath("//dt[normalize-space(.)='Afbud']/following-sibling::dd[1]"))
                .getText()).startsWith(absentName);
        checked("referat", true);

        // the evaluator opens the minutes as recorded before the approval: the page's "as recorded at" control,
        // to the second
        browser.login("evaluator", PASSWORD).open("/moeder/" + meeting).waitForText("Godkendt");
        browser.fill("Som registreret pr.", beforeApproval.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME))
                .click("Vis")
                .waitForText("Vist som registreret pr.");
        assertThat(browser.currentPath()).contains("asOf=");
        // Chromium leaves out ":00" seconds in the control's value, so compare the times, not the texts
        assertThat(LocalDateTime.parse(browser.field(By.id("asOf")).getAttribute("value"))).isEqualTo(beforeApproval);
        assertThat(browser.text()).contains("Referatet er ikke godkendt.", "referat udsendt",
                "Rammen for pilotprojektet godkendes.");
        checked("referat-som-registreret", true);

        // the history of the meeting: who did what, when, from the minutes' link
        browser.press(browser.field(By.id("historik-moedet")));
        browser.waitForText("Rammen for pilotprojektet godkendes.");
        assertThat(browser.currentPath()).startsWith("/evaluering/historik/moeder/" + meeting);
        checked("evaluering-historik", true);

        // the meetings of the body list the new meeting
        String bps = api.bodyId(BPS);
        browser.open("/moeder?bodyId=" + bps).waitForText("Vejle Rådhus");
        checked("moeder-bps", false);

        // the evaluator's pages: the starting point, the action's history, the body's figures
        browser.open("/evaluering");
        checked("evaluering", true);
        browser.open("/evaluering/handlinger/" + action).waitForText(ACTION);
        checked("evaluering-handling", true);
        browser.open("/evaluering/statistik?bodyId=" + bps).waitForText(BPS);
        checked("evaluering-statistik", true);
    }

    /**
     * Signed in, the header names the person the account acts as; "Log ud" ends the session and the login page
     * says so. axe-core runs on the front page with the signed-in header and "Dit arbejde".
     */
    @Test
    @Order(4)
    void theMemberLogsOutWithTheHeadersButton() {
        browser.login("medlem", PASSWORD).open("/").waitForText("Dit arbejde");
        assertThat(browser.field(By.cssSelector("header .signed-in__name")).getText())
                .isEqualTo("Logget ind som " + MEMBER_NAME);
        checked("forside-medlem", false);
        browser.click("Log ud");
        assertThat(browser.currentPath()).isEqualTo("/login?logout");
        assertThat(browser.text()).contains("Du er logget ud.").doesNotContain("Logget ind som");
        // the session is gone: a page asks for a login again
        browser.open("/mine-handlinger");
        assertThat(browser.currentPath()).startsWith("/login");
    }

    /**
     * WCAG 2.1.1 (keyboard) and 2.4.7 (focus visible), which axe-core cannot judge: on the secretary's dashboard the
     * first Tab reaches the skip link and shows it, Enter moves to the content, and Tab then visits every control
     * of the content in document order, each drawn with a visible focus indicator.
     */
    @Test
    @Order(5)
    void theKeyboardAloneReachesEveryControlAndTheFocusIsAlwaysVisible() {
        browser.login("sekretaer", PASSWORD).open("/sekretaer").waitForText("Planlæg et møde");
        WebDriver driver = browser.driver();
        JavascriptExecutor script = (JavascriptExecutor) driver;
        script.executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");

        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement skip = driver.switchTo().activeElement();
        assertThat(skip.getAttribute("class")).contains("skip-link");
        assertThat(skip.getRect().getY()).as("the skip link comes into view when it has the focus").isNotNegative();
        assertFocusVisible(script, skip);
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("indhold");

        @SuppressWarnings("unchecked")
        List<WebElement> controls = (List<WebElement>) script.executeScript(
                "return Array.from(document.querySelectorAll('main a[href], main button, main input, main select,"
                        + " main textarea, main summary')).filter(function (e) {"
                        + " return !e.disabled && e.type !== 'hidden' && e.getClientRects().length > 0; });");
        assertThat(controls).hasSizeGreaterThanOrEqualTo(5);
        List<WebElement> visited = new java.util.ArrayList<>();
        WebElement previous = driver.switchTo().activeElement();
        while (visited.size() < controls.size()) {
            WebElement focused = previous;
            // a date or time control takes a Tab per part (day, month, year, hours, minutes) before letting go
            for (int part = 0; part < 8 && focused.equals(previous); part++) {
                new Actions(driver).sendKeys(Keys.TAB).perform();
                focused = driver.switchTo().activeElement();
            }
            assertThat(focused).as("Tab moves on from %s", describe(previous)).isNotEqualTo(previous);
            assertFocusVisible(script, focused);
            WebElement radio = focused;
            if ("radio".equals(radio.getAttribute("type"))) {
                // a radio group is one Tab stop: the arrow keys move within it
                controls.removeIf(control -> "radio".equals(control.getAttribute("type"))
                        && control.getAttribute("name").equals(radio.getAttribute("name")) && !control.equals(radio));
            }
            visited.add(focused);
            previous = focused;
        }
        assertThat(visited.stream().map(PagesBrowserTest::describe).toList())
                .as("Tab visits the content's controls in document order")
                .containsExactlyElementsOf(controls.stream().map(PagesBrowserTest::describe).toList());
    }

    private static String describe(WebElement element) {
        return "<" + element.getTagName() + " id=" + element.getAttribute("id") + " name=" + element.getAttribute("name")
                + " text=" + element.getText() + ">";
    }

    /** The focused element is drawn with an outline (or a box shadow) a sighted keyboard user can see. */
    private static void assertFocusVisible(JavascriptExecutor script, WebElement element) {
        String style = (String) script.executeScript("var s = getComputedStyle(arguments[0]);"
                + " return s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.boxShadow;", element);
        String[] parts = style.split(" ", 3);
        boolean outline = !parts[0].equals("none") && !parts[1].equals("0px");
        boolean shadow = !parts[2].equals("none");
        assertThat(outline || shadow).as("focus indicator of <%s id=%s>: %s", element.getTagName(),
                element.getAttribute("id"), style).isTrue();
    }

    /** Schedules, records, closes and circulates a BPS meeting in the secretary's pages. */
    private void recordAMeetingInTheSecretaryPages() {
        browser.login("sekretaer", PASSWORD).open("/sekretaer").waitForText("Planlæg et møde");
        checked("sekretaer", true);

        // held yesterday: an action exists from its meeting's day, and the member's list shows today's actions
        String day = LocalDate.now(DANISH_TIME).minusDays(1).toString();
        browser.fill("Organ", BPS)
                .fill("Mødestart", day + "T14:00")
                .fill("Forventet sluttidspunkt", day + "T16:00")
                .fill("Mødested", "Vejle Rådhus, mødelokale 3")
                .click("Planlæg mødet");
        assertThat(browser.currentPath()).startsWith("/sekretaer/moeder/");
        meeting = browser.currentPath().substring("/sekretaer/moeder/".length()).replaceAll("[?#].*", "");

        // the agenda: one item for decision, one for information, then published
        browser.fill("Overskrift", meetingTitle).choose("add-item-kind-DECISION")
                .fill("Sagsfremstilling", "Sekretariatets oplæg til et pilotprojekt.").click("Tilføj punkt");
        browser.fill("Overskrift", "Orientering fra kvartererne").choose("add-item-kind-INFORMATION").click("Tilføj punkt");
        String item = browser.driver().findElement(By.xpath("//article[starts-with(@id, 'item-')][.//h3[contains(., '"
                + meetingTitle + "')]]")).getAttribute("id").substring("item-".length());
        browser.click("Udsend dagsorden");
        assertThat(browser.field(By.id("meeting-status")).getText()).contains("dagsorden udsendt");

        // attendance: everyone present but one voting member, who sent apologies
        List<String> members = browser.driver().findElements(By.cssSelector("form.attendance")).stream()
                .map(form -> form.getAttribute("id")).toList();
        List<String> voting = browser.driver().findElements(By.cssSelector("form.attendance")).stream()
                .filter(form -> form.findElement(By.tagName("legend")).getText()
                        .matches(".*\\((formand|næstformand|medlem)\\)"))
                .filter(form -> !form.findElement(By.tagName("legend")).getText().startsWith(MEMBER_NAME))
                .map(form -> form.getAttribute("id")).toList();
        assertThat(voting).hasSizeGreaterThanOrEqualTo(6);
        String absent = voting.get(voting.size() - 1);
        absentName = browser.driver().findElement(By.cssSelector("#" + absent + " legend span")).getText();
        for (String form : members) {
            browser.choose(form + "-" + (form.equals(absent) ? "APOLOGIES" : "PRESENT"));
            browser.submit(form);
        }
        checked("sekretaer-moede", true);

        // the meeting: notes, a decision and an action on the decision item (opened from the side list: the standing
        // item, first without notes, is open; the decision and action forms open on demand)
        browser.click("Åbn mødet");
        browser.field(By.cssSelector("nav.agenda-nav a[data-item='" + item + "']")).click();
        browser.fillId("notes-" + item + "-text", "Oplægget blev drøftet.").submit("notes-" + item);
        openForm("decision", item);
        browser.fillId("decision-" + item + "-text", "Rammen for pilotprojektet godkendes.")
                .choose("decision-" + item + "-outcome-ADOPTED")
                .fillId("decision-" + item + "-votesFor", String.valueOf(voting.size()))
                .fillId("decision-" + item + "-votesAgainst", "0")
                .fillId("decision-" + item + "-abstentions", "0")
                .submit("decision-" + item);
        openForm("action", item);
        browser.fillId("action-" + item + "-description", ACTION)
                .fillId("action-" + item + "-ownerId", MEMBER_NAME)
                .fillId("action-" + item + "-dueDate", "2027-02-28")
                .submit("action-" + item);
        assertThat(browser.text()).contains("Rammen for pilotprojektet godkendes.", ACTION);
        checked("sekretaer-referat", true);

        browser.click("Luk mødet");
        assertThat(browser.field(By.id("meeting-status")).getText()).contains("afholdt");
        browser.click("Udsend referat");
        assertThat(browser.field(By.id("meeting-status")).getText()).contains("referat udsendt");
        checked("sekretaer-udsendt", false);

        // a moment after the circulation and before the approval
        beforeApproval = LocalDateTime.now(DANISH_TIME).withNano(0).plusSeconds(1);
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> LocalDateTime.now(DANISH_TIME).isAfter(beforeApproval));
    }

    /** Opens an item's decision, action or referral form on the secretary's meeting page (a disclosure). */
    private void openForm(String kind, String item) {
        browser.field(By.cssSelector("#" + kind + "-" + item + "-disclosure > summary")).click();
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

    static Path screenshotDirectory() {
        String configured = Browser.setting("protokol.screenshots", null);
        Path root = Paths.get("").toAbsolutePath();
        if (!Files.isDirectory(root.resolve("infra")) && root.getParent() != null) {
            root = root.getParent(); // surefire runs in infra/
        }
        return configured == null ? root.resolve("infra/target/screenshots") : root.resolve(configured);
    }
}
