package dk.protokol.infra.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dk.protokol.infra.support.ApiScript;
import dk.protokol.infra.support.DemoDataTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretary's meeting page in a real browser with htmx: each form swaps only its own block, so notes typed
 * under one item and not yet saved survive a decision saved under another; an item is amended (in the
 * background) and withdrawn (a whole page); a member's partial attendance is recorded; a refused save is swapped
 * in with what was typed; axe-core finds no serious or critical violation after the swaps. The meeting is set up
 * through the API (FKU, no quorum), the rest is done in the page. Same context as {@link PagesBrowserTest}.
 */
@Tag("browser")
@DemoDataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecretaryWorkingSurfaceBrowserTest {

    static final String FKU = "Forum for Koordination og Udvikling";
    static final String UNSAVED_NOTES = "Drøftelsen er ikke færdig – noter der endnu ikke er gemt.";
    static final String DECISION = "Forslaget til fritidsjob vedtages.";
    static final String EXPIRED_NOTES = "Noter skrevet, mens sessionen udløb.";
    /** Set on the window before a background save; a page load would lose it. */
    static final String SAME_PAGE = "return window.protokolSamePage === true;";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Browser browser;
    Axe axe;
    ApiScript api;

    @BeforeAll
    void startBrowser() {
        axe = Axe.load();
        browser = Browser.start(port);
        api = new ApiScript(port, jdbc);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void formsSwapOnlyTheirOwnBlockSoTypedTextSurvivesOtherSaves() {
        // an open FKU meeting with three items and every voting member present, through the API
        String fku = api.bodyId(FKU);
        String day = LocalDate.now(ZoneId.of("Europe/Copenhagen")).toString();
        String meeting = api.create("sekretaer", "/api/meetings", "{\"bodyId\":\"" + fku + "\",\"start\":\"" + day
                + "T09:00\",\"expectedEnd\":\"" + day + "T11:00\",\"location\":\"Vejle Rådhus, lokale 2\"}");
        String itemA = addItem(meeting, "Fritidsjob til unge", "DECISION");
        String itemB = addItem(meeting, "Status fra kvartererne", "DISCUSSION");
        String itemC = addItem(meeting, "Legepladsen i Nørremarken", "INFORMATION");
        api.post("sekretaer", "/api/meetings/" + meeting + "/agenda/publish", "{}");
        List<JsonNode> voting = api.members(fku, "CHAIR", "VICE_CHAIR", "MEMBER");
        assertThat(voting).isNotEmpty();
        for (JsonNode member : voting) {
            api.post("sekretaer", "/api/meetings/" + meeting + "/attendance",
                    "{\"personId\":\"" + member.path("personId").asText() + "\",\"status\":\"PRESENT\"}");
        }
        api.post("sekretaer", "/api/meetings/" + meeting + "/open", "{}");

        String page = "/sekretaer/moeder/" + meeting;
        browser.login("sekretaer", ApiScript.PASSWORD).open(page + "?minPosition=" + api.position())
                .waitForText("Fritidsjob til unge");
        WebDriver driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Browser.WAIT);
        // htmx read its configuration: it put no inline indicator style (the CSP forbids one) into the head
        assertThat(driver.findElements(By.cssSelector("head style"))).isEmpty();

        // amend item B in the background: its agenda line and its heading in the minutes show the new title
        markThePage();
        driver.findElement(By.cssSelector("#agenda-item-" + itemB + " details.item-change > summary")).click();
        browser.fillId("amend-" + itemB + "-title", "Status fra kvartererne og boligafdelingerne");
        browser.press(driver.findElement(By.cssSelector("#amend-" + itemB + " button[type=submit]")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("amend-" + itemB + "-saved")));
        assertThat(driver.findElement(By.id("agenda-item-" + itemB)).getText())
                .contains("Status fra kvartererne og boligafdelingerne");
        // item B is collapsed in the minutes (the standing item, first without notes, is open): its collapsed line and
        // its side list entry say it too
        assertThat(driver.findElement(By.id("item-" + itemB + "-summary")).getText())
                .contains("Status fra kvartererne og boligafdelingerne");
        assertThat(driver.findElement(By.id("agenda-nav-" + itemB)).getText())
                .contains("Status fra kvartererne og boligafdelingerne");
        openItem(itemB);
        assertThat(driver.findElement(By.cssSelector("#item-" + itemB + "-about h3")).getText())
                .contains("Status fra kvartererne og boligafdelingerne");
        assertThat(stillTheSamePage()).as("the amendment was saved without loading the page").isTrue();

        // withdraw item C (a whole page: the items after it are numbered anew)
        driver.findElement(By.xpath("//li[@id='agenda-item-" + itemC + "']//details[.//form[@id='withdraw-"
                + itemC + "']]/summary")).click();
        browser.fillId("withdraw-" + itemC + "-reason", "Sagen er ikke klar til behandling");
        browser.press(driver.findElement(By.cssSelector("#withdraw-" + itemC + " button[type=submit]")));
        WebElement withdrawn = browser.field(By.id("agenda-item-" + itemC));
        assertThat(withdrawn.findElement(By.tagName("del")).getText()).isEqualTo("Legepladsen i Nørremarken");
        assertThat(withdrawn.getText()).contains("Taget af dagsordenen: Sagen er ikke klar til behandling");
        assertThat(withdrawn.findElements(By.tagName("form"))).isEmpty();
        assertThat(driver.findElements(By.id("item-" + itemC))).isEmpty();

        // one member attended items 2 to 3 only (A and B): recorded in the background, shown in the list
        markThePage();
        String partial = voting.get(0).path("personId").asText();
        String row = "attendance-" + partial;
        driver.findElement(By.cssSelector("#" + row + " details.attendance-range > summary")).click();
        new Select(driver.findElement(By.id(row + "-fromItemId"))).selectByVisibleText("Punkt 2");
        new Select(driver.findElement(By.id(row + "-toItemId"))).selectByVisibleText("Punkt 3");
        browser.press(driver.findElement(By.cssSelector("#" + row + " button[type=submit]")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(row + "-saved")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("attendee-" + partial), "fra punkt 2"));
        assertThat(driver.findElement(By.id("attendee-" + partial)).getText()).contains("fra punkt 2", "til punkt 3");
        assertThat(stillTheSamePage()).isTrue();

        // notes typed under item B and not saved; then a decision saved under item A (opened from the side list, so
        // item B collapses, its notes still typed)
        markThePage();
        openItem(itemB);
        browser.fillId("notes-" + itemB + "-text", UNSAVED_NOTES);
        openItem(itemA);
        openForm("decision", itemA);
        browser.fillId("decision-" + itemA + "-text", DECISION).choose("decision-" + itemA + "-outcome-ADOPTED");
        browser.press(driver.findElement(By.cssSelector("#decision-" + itemA + " button[type=submit]")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decision-" + itemA + "-saved")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("item-" + itemA + "-recorded"), DECISION));
        assertThat(stillTheSamePage()).as("the decision was saved without loading the page").isTrue();
        assertThat(driver.findElement(By.id("notes-" + itemB + "-text")).getAttribute("value"))
                .as("the notes typed under item B").isEqualTo(UNSAVED_NOTES);
        assertThat(driver.findElement(By.id("decision-" + itemA + "-text")).getAttribute("value")).isEmpty();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("decision-" + itemA + "-saved");
        assertThat(driver.findElement(By.id("announcement")).getAttribute("textContent"))
                .isEqualTo("Beslutningen er gemt.");
        axe.check(driver, "sekretaer-moede-efter-htmx");

        // a refused save (no outcome chosen, 400, in the API's words) is swapped in too: the typed text stays, the reason
        // beside it
        openForm("decision", itemA);
        browser.fillId("decision-" + itemA + "-text", "En beslutning uden udfald");
        browser.press(driver.findElement(By.cssSelector("#decision-" + itemA + " button[type=submit]")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decision-" + itemA + "-outcome-error")));
        assertThat(driver.findElement(By.id("decision-" + itemA + "-outcome-error")).getText())
                .isEqualTo("Vælg udfaldet: vedtaget, forkastet, udsat eller taget til efterretning.");
        assertThat(driver.findElement(By.id("decision-" + itemA + "-text")).getAttribute("value"))
                .isEqualTo("En beslutning uden udfald");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("decision-" + itemA + "-error");
        assertThat(driver.findElement(By.id("notes-" + itemB + "-text")).getAttribute("value")).isEqualTo(UNSAVED_NOTES);
        assertThat(stillTheSamePage()).isTrue();
        axe.check(driver, "sekretaer-moede-afvist");

        // the session ends (logged out elsewhere, or timed out) while notes are being typed: the save is refused
        // (403, no valid CSRF token), the page says so, and the typed notes stay in their field
        driver.manage().deleteCookieNamed("JSESSIONID");
        openItem(itemB);
        browser.fillId("notes-" + itemB + "-text", EXPIRED_NOTES);
        browser.press(driver.findElement(By.cssSelector("#notes-" + itemB + " button[type=submit]")));
        WebElement alert = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#page-alert [role=alert]")));
        assertThat(alert.getText()).startsWith("Der blev ikke gemt: du er blevet logget ud")
                .contains("Det du skrev, står stadig i feltet.");
        assertThat(driver.findElement(By.id("notes-" + itemB + "-text")).getAttribute("value")).isEqualTo(EXPIRED_NOTES);
        assertThat(stillTheSamePage()).isTrue();
        axe.check(driver, "sekretaer-moede-udloebet");

        // what the page showed is what was recorded
        JsonNode minutes = api.get("sekretaer", "/api/meetings/" + meeting + "/minutes");
        assertThat(minutes.toString()).contains(DECISION, "Status fra kvartererne og boligafdelingerne",
                "Sagen er ikke klar til behandling")
                .doesNotContain(UNSAVED_NOTES, "En beslutning uden udfald", EXPIRED_NOTES);

        // she logs in again in the same tab and opens the meeting: the notes she typed come back from the tab's
        // draft, marked as not saved (in item B, which she opens from the side list); saved, the mark and the draft
        // are gone
        browser.login("sekretaer", ApiScript.PASSWORD).open(page).waitForText("Fritidsjob til unge");
        openItem(itemB);
        WebElement restored = browser.field(By.id("notes-" + itemB + "-text"));
        assertThat(restored.getAttribute("value")).isEqualTo(EXPIRED_NOTES);
        assertThat(browser.field(By.id("notes-" + itemB + "-text-draft")).getText())
                .isEqualTo("Hentet fra en kladde i denne fane – ikke gemt endnu.");
        assertThat(restored.getAttribute("aria-describedby")).contains("notes-" + itemB + "-text-draft");
        axe.check(driver, "sekretaer-moede-kladde");
        browser.press(driver.findElement(By.cssSelector("#notes-" + itemB + " button[type=submit]")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notes-" + itemB + "-saved")));
        browser.open(page + "?item=" + itemB).waitForText("Fritidsjob til unge");
        assertThat(browser.field(By.id("notes-" + itemB + "-text")).getAttribute("value")).isEqualTo(EXPIRED_NOTES);
        assertThat(driver.findElements(By.id("notes-" + itemB + "-text-draft"))).as("no draft once saved").isEmpty();
        assertThat(api.get("sekretaer", "/api/meetings/" + meeting + "/minutes").toString()).contains(EXPIRED_NOTES);

        // logging out forgets the drafts at once: the next person at this computer finds none
        openItem(itemA);
        browser.fillId("notes-" + itemA + "-text", "Udkast der ikke må blive liggende.");
        browser.click("Log ud");
        browser.login("sekretaer", ApiScript.PASSWORD).open(page + "?item=" + itemA).waitForText("Fritidsjob til unge");
        assertThat(browser.field(By.id("notes-" + itemA + "-text")).getAttribute("value"))
                .doesNotContain("Udkast der ikke må blive liggende.");
        assertThat(driver.findElements(By.className("draft-restored"))).isEmpty();
    }

    private String addItem(String meeting, String title, String kind) {
        return api.create("sekretaer", "/api/meetings/" + meeting + "/agenda-items",
                "{\"title\":\"" + title + "\",\"kind\":\"" + kind + "\"}");
    }

    /** Opens an agenda item from the side list (in place) and waits for its notes to show. */
    private void openItem(String item) {
        browser.waitForPage();
        browser.driver().findElement(By.cssSelector("nav.agenda-nav a[data-item='" + item + "']")).click();
        new WebDriverWait(browser.driver(), Browser.WAIT).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("item-" + item + "-about")));
    }

    /** Opens an item's decision, action or referral form (a disclosure) and waits for it to show. */
    private void openForm(String kind, String item) {
        browser.waitForPage();
        WebElement disclosure = browser.driver().findElement(By.id(kind + "-" + item + "-disclosure"));
        if (disclosure.getAttribute("open") == null) {
            disclosure.findElement(By.tagName("summary")).click();
        }
        new WebDriverWait(browser.driver(), Browser.WAIT).until(ExpectedConditions.visibilityOfElementLocated(
                By.id(kind + "-" + item)));
    }

    private void markThePage() {
        ((JavascriptExecutor) browser.driver()).executeScript("window.protokolSamePage = true;");
    }

    private boolean stillTheSamePage() {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(SAME_PAGE));
    }
}
