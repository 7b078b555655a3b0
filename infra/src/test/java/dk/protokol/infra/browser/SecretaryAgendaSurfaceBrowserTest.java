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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretary's meeting page as a working surface in a real browser: a ten-item agenda (set up through the API)
 * shows one item open and the others collapsed to what is recorded under them; the secretary moves through the
 * items from the side list (the open item marked as the current one), records notes and a decision under one item
 * while notes typed under another survive, and axe-core finds no serious or critical violation. A picture of the
 * surface goes with the others ({@link PagesBrowserTest}). Same context as the other browser tests.
 */
@Tag("browser")
@DemoDataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecretaryAgendaSurfaceBrowserTest {

    static final String FKU = "Forum for Koordination og Udvikling";
    /** After the standing item 1 (every meeting has it): items 2 to 10. */
    static final String[] TITLES = {"Meddelelser fra formanden", "Helhedsplan for Nørremarken",
            "Status på boligsociale aktiviteter", "Fritidsjob til unge", "Budget for den boligsociale indsats 2027",
            "Tryghedsvandringer i efteråret", "Nyt fra kvartererne", "Næste møde", "Eventuelt"};
    static final String TYPED_ELSEWHERE = "Drøftelsen fortsætter – noter, der endnu ikke er gemt.";
    static final String NOTES = "Sekretariatet fremlagde budgettet; forum bakker op om rammen.";
    static final String DECISION = "Budgettet for den boligsociale indsats 2027 godkendes.";

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
    void theSecretaryMovesThroughTenItemsFromTheSideListAndTypedNotesSurvive() {
        // an open FKU meeting with ten items (the standing item and nine more; the budget, item 6, for decision),
        // every voting member present
        String fku = api.bodyId(FKU);
        String day = LocalDate.now(ZoneId.of("Europe/Copenhagen")).toString();
        String meeting = api.create("sekretaer", "/api/meetings", "{\"bodyId\":\"" + fku + "\",\"start\":\"" + day
                + "T13:00\",\"expectedEnd\":\"" + day + "T15:00\",\"location\":\"Nørremarkens beboerhus\"}");
        for (int i = 0; i < TITLES.length; i++) {
            api.create("sekretaer", "/api/meetings/" + meeting + "/agenda-items", "{\"title\":\"" + TITLES[i]
                    + "\",\"kind\":\"" + (i == 3 || i == 4 ? "DECISION" : "INFORMATION") + "\"}");
        }
        List<String> items = new ArrayList<>();
        api.get("sekretaer", "/api/meetings/" + meeting + "/minutes").path("agenda")
                .forEach(item -> items.add(item.path("itemId").asText()));
        assertThat(items).hasSize(10);
        api.post("sekretaer", "/api/meetings/" + meeting + "/agenda/publish", "{}");
        for (JsonNode member : api.members(fku, "CHAIR", "VICE_CHAIR", "MEMBER")) {
            api.post("sekretaer", "/api/meetings/" + meeting + "/attendance",
                    "{\"personId\":\"" + member.path("personId").asText() + "\",\"status\":\"PRESENT\"}");
        }
        api.post("sekretaer", "/api/meetings/" + meeting + "/open", "{}");
        // notes already recorded under the first two items: the surface opens at the third
        api.post("sekretaer", "/api/meetings/" + meeting + "/agenda-items/" + items.get(0) + "/notes",
                "{\"text\":\"Dagsordenen blev godkendt.\"}");
        api.post("sekretaer", "/api/meetings/" + meeting + "/agenda-items/" + items.get(1) + "/notes",
                "{\"text\":\"Referatet blev godkendt uden bemærkninger.\"}");

        String page = "/sekretaer/moeder/" + meeting;
        browser.login("sekretaer", ApiScript.PASSWORD).open(page + "?minPosition=" + api.position())
                .waitForText(TITLES[8]);
        WebDriver driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Browser.WAIT);

        // ten items in the side list; one open, the first without notes, marked as the current one
        List<WebElement> entries = driver.findElements(By.cssSelector("nav.agenda-nav li"));
        assertThat(entries).hasSize(10);
        assertThat(entries.get(0).getText()).contains("1. Godkendelse af dagsorden og referat", "referat gemt");
        assertThat(entries.get(1).getText()).contains("2. " + TITLES[0], "referat gemt");
        assertThat(entries.get(9).getText()).contains("10. " + TITLES[8], "intet registreret");
        assertOpen(items, 2);
        assertThat(driver.findElement(By.id("item-" + items.get(1) + "-summary")).getText())
                .contains("Punkt 2: " + TITLES[0], "referat gemt");
        // the collapsed items show no forms: the page holds the notes form of one item, not forty forms
        assertThat(driver.findElements(By.cssSelector("#minutes-section form")).stream().filter(WebElement::isDisplayed))
                .extracting(form -> form.getAttribute("id")).containsExactly("notes-" + items.get(2));
        axe.check(driver, "sekretaer-arbejdsflade");

        // to item 4 from the side list: it opens in place, and the address names it; notes typed there, not saved
        markThePage();
        openFromTheSideList(items, 3);
        assertThat(browser.currentPath()).endsWith("?item=" + items.get(3) + "#item-" + items.get(3));
        browser.fillId("notes-" + items.get(3) + "-text", TYPED_ELSEWHERE);

        // on to item 6: item 4 collapses with its notes still typed; notes and a decision are recorded under item 6
        openFromTheSideList(items, 5);
        String budget = items.get(5);
        browser.fillId("notes-" + budget + "-text", NOTES);
        browser.press(driver.findElement(By.cssSelector("#notes-" + budget + " button[type=submit]")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notes-" + budget + "-saved")));
        WebElement decide = driver.findElement(By.cssSelector("#decision-" + budget + "-disclosure > summary"));
        assertThat(decide.getText()).isEqualTo("Registrér beslutning");
        assertThat(driver.findElement(By.id("decision-" + budget)).isDisplayed()).as("opened on demand").isFalse();
        decide.click();
        browser.fillId("decision-" + budget + "-text", DECISION).choose("decision-" + budget + "-outcome-ADOPTED");
        browser.press(driver.findElement(By.cssSelector("#decision-" + budget + " button[type=submit]")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decision-" + budget + "-saved")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("agenda-nav-" + budget), "beslutning: vedtaget"));
        assertThat(stillTheSamePage()).as("moving and saving loaded no page").isTrue();
        assertThat(driver.findElement(By.id("agenda-nav-" + budget)).getText())
                .contains("referat gemt, beslutning: vedtaget");
        assertThat(driver.findElement(By.id("item-" + budget + "-summary")).getText())
                .contains("Punkt 6: " + TITLES[4], "referat gemt, beslutning: vedtaget");
        assertThat(driver.findElement(By.id("item-" + budget + "-recorded")).getText()).contains(DECISION);
        assertOpen(items, 5);
        assertThat(driver.findElement(By.id("notes-" + items.get(3) + "-text")).getAttribute("value"))
                .as("the notes typed under item 4").isEqualTo(TYPED_ELSEWHERE);
        axe.check(driver, "sekretaer-arbejdsflade-gemt");
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).scrollIntoView();"
                + " window.scrollBy(0, -16);", "item-" + budget);
        browser.screenshotOfWindow(PagesBrowserTest.screenshotDirectory(), "sekretaer-arbejdsflade");

        // by keyboard: Enter on a side list entry opens the item and takes the focus to it
        WebElement link = driver.findElement(By.cssSelector("nav.agenda-nav a[data-item='" + items.get(3) + "']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus();", link);
        link.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notes-" + items.get(3) + "-text")));
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("item-" + items.get(3) + "-summary");
        assertOpen(items, 3);
        assertThat(driver.findElement(By.id("notes-" + items.get(3) + "-text")).getAttribute("value"))
                .isEqualTo(TYPED_ELSEWHERE);
        assertThat(stillTheSamePage()).isTrue();

        // what the page showed is what was recorded; the typed notes were not saved
        JsonNode minutes = api.get("sekretaer", "/api/meetings/" + meeting + "/minutes");
        assertThat(ApiScript.agendaItem(minutes, budget).toString()).contains(NOTES, DECISION);
        assertThat(minutes.toString()).doesNotContain(TYPED_ELSEWHERE);

        // a reload comes back to the item the address names, with the typed notes as a draft
        browser.open(browser.currentPath().replaceAll("#.*", "")).waitForText(TITLES[8]);
        assertOpen(items, 3);
        assertThat(browser.field(By.id("notes-" + items.get(3) + "-text")).getAttribute("value")).isEqualTo(TYPED_ELSEWHERE);
        axe.check(driver, "sekretaer-arbejdsflade-kladde");
    }

    /** Clicks the item's entry in the side list and waits for its notes form to show. */
    private void openFromTheSideList(List<String> items, int index) {
        browser.waitForPage();
        browser.driver().findElement(By.cssSelector("nav.agenda-nav a[data-item='" + items.get(index) + "']")).click();
        new WebDriverWait(browser.driver(), Browser.WAIT).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("notes-" + items.get(index) + "-text")));
        assertOpen(items, index);
    }

    /** Only the item at {@code index} is open, and the side list marks it, and only it, as the current one. */
    private void assertOpen(List<String> items, int index) {
        WebDriver driver = browser.driver();
        new WebDriverWait(driver, Browser.WAIT).until(d -> d.findElements(By.cssSelector("details.item-details[open]")).size() == 1);
        assertThat(driver.findElements(By.cssSelector("details.item-details[open]")))
                .extracting(details -> details.getAttribute("id")).containsExactly("item-" + items.get(index) + "-details");
        assertThat(driver.findElements(By.cssSelector("nav.agenda-nav a[aria-current]")))
                .extracting(a -> a.getAttribute("data-item") + " " + a.getAttribute("aria-current"))
                .containsExactly(items.get(index) + " step");
    }

    private void markThePage() {
        ((JavascriptExecutor) browser.driver()).executeScript("window.protokolSamePage = true;");
    }

    private boolean stillTheSamePage() {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
                "return window.protokolSamePage === true;"));
    }
}
