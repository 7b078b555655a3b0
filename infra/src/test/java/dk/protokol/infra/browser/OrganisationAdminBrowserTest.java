package dk.protokol.infra.browser;

import dk.protokol.infra.support.ApiScript;
import dk.protokol.infra.support.DemoDataTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator keeps the organisation in the pages (issue 10, part 3), in a real browser: establishes a body,
 * registers a person and appoints them (first from a day before the body existed, refused beside the date with the
 * choices kept), renames the body, changes the person's details, opens an account linked to the person, and the
 * person signs in with it and is greeted by their new name. axe-core on every page on the way, a refused form too.
 */
@Tag("browser")
@DemoDataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationAdminBrowserTest {

    static final String BODY = "Arbejdsgruppe for Trivsel i Øst";
    static final String RENAMED = "Arbejdsgruppe for Trivsel og Tryghed i Øst";
    static final String PERSON = "Tove Trivselsen";
    static final String ORGANISATION = "Boligselskabet Østparken";
    static final String NEW_NAME = "Tove Trivselsen Holm";

    @LocalServerPort
    int port;

    Browser browser;
    Axe axe;
    Path screenshots;

    @BeforeAll
    void startBrowser() {
        axe = Axe.load();
        browser = Browser.start(port);
        screenshots = PagesBrowserTest.screenshotDirectory();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theAdministratorKeepsABodyAPersonAndTheirAccountAndThePersonSignsIn() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        browser.login("admin", ApiScript.PASSWORD).open("/organisation/admin").waitForText("Opret et organ");
        checked("admin-organer");

        // a person to appoint
        browser.press(browser.field(By.linkText("Personer")));
        assertThat(browser.currentPath()).startsWith("/organisation/admin/personer");
        browser.fill("Navn", PERSON).fill("E-mail", "tove@example.org").fill("Organisation", ORGANISATION)
                .click("Registrér en person");
        assertThat(browser.field(By.tagName("h1")).getText()).isEqualTo(PERSON);
        String personPage = browser.currentPath().replaceAll("[?#].*", "");

        // the body
        browser.open("/organisation/admin")
                .fill("Navn", BODY)
                .fill("Slags organ", "arbejdsgruppe")
                .fill("Partnerskab", "BolivVejle")
                .fill("Møder om året", "6")
                .click("Opret et organ");
        assertThat(browser.field(By.tagName("h1")).getText()).isEqualTo("Organet " + BODY);
        assertThat(browser.field(By.id("current-meetingsPerYear")).getText()).isEqualTo("6");

        // appointed from before the body existed: refused beside the date, the choices kept
        browser.fillId("appoint-personId", PERSON + " (" + ORGANISATION + ")")
                .fillId("appoint-role", "medlem")
                .fillId("appoint-representing", ORGANISATION)
                .fillId("appoint-from", today.minusDays(1).toString());
        browser.submit("appoint");
        assertThat(browser.field(By.id("appoint-from-error")).getText())
                .startsWith("Medlemskabet kan ikke begynde").contains("før organet blev oprettet");
        assertThat(browser.field(By.id("appoint-from")).getAttribute("aria-describedby"))
                .isEqualTo("appoint-from-error");
        assertThat(new Select(browser.field(By.id("appoint-personId"))).getFirstSelectedOption().getText())
                .isEqualTo(PERSON + " (" + ORGANISATION + ")");
        assertThat(browser.field(By.id("appoint-representing")).getAttribute("value")).isEqualTo(ORGANISATION);
        checked("admin-organ-afvist");

        browser.fillId("appoint-from", today.toString());
        browser.submit("appoint");
        assertThat(browser.field(By.id("saved")).getText()).isEqualTo("Gemt.");
        assertThat(browser.field(By.cssSelector("ul.admin-members")).getText()).contains(PERSON).contains("medlem");

        // renamed from today
        browser.fillId("rename-name", RENAMED);
        browser.submit("rename");
        assertThat(browser.field(By.id("current-name")).getText()).isEqualTo(RENAMED);
        assertThat(browser.field(By.tagName("h1")).getText()).isEqualTo("Organet " + RENAMED);
        checked("admin-organ");
        browser.screenshot(screenshots, "admin-organ");

        // the person's details, from their page (reached from the member list)
        browser.press(browser.field(By.linkText(PERSON)));
        assertThat(browser.currentPath()).startsWith(personPage);
        assertThat(browser.field(By.cssSelector("ul.admin-seats")).getText()).contains(RENAMED);
        browser.fillId("details-name", NEW_NAME).fillId("details-phone", "75 12 34 56");
        browser.submit("details");
        assertThat(browser.field(By.tagName("h1")).getText()).isEqualTo(NEW_NAME);
        assertThat(browser.field(By.id("current-phone")).getText()).isEqualTo("75 12 34 56");
        assertThat(browser.field(By.id("current-email")).getText()).isEqualTo("tove@example.org");
        checked("admin-person");
        browser.open("/organisation/admin/personer");
        assertThat(browser.text()).contains(NEW_NAME);
        checked("admin-personer");

        // an account for the person, opened from their page
        browser.open(personPage);
        browser.press(browser.field(By.linkText("Opret en konto til personen")));
        assertThat(new Select(browser.field(By.id("open-account-personId"))).getFirstSelectedOption().getText())
                .isEqualTo(NEW_NAME + " (" + ORGANISATION + ")");
        checked("admin-konti");
        browser.fillId("open-account-username", "tove").fillId("open-account-password", "kort");
        browser.submit("open-account");
        assertThat(browser.field(By.id("open-account-password-error")).getText())
                .isEqualTo("Adgangskoden skal være mellem 8 og 72 tegn.");
        assertThat(browser.field(By.id("open-account-password")).getAttribute("value")).isEmpty();
        assertThat(browser.field(By.id("open-account-username")).getAttribute("value")).isEqualTo("tove");
        checked("admin-konti-afvist");
        browser.fillId("open-account-password", "toves-kodeord-1");
        browser.submit("open-account");
        assertThat(browser.field(By.tagName("h1")).getText()).isEqualTo("Kontoen tove");
        assertThat(browser.field(By.id("current-person")).getText()).isEqualTo(NEW_NAME);
        checked("admin-konto");

        // the person signs in with it
        browser.login("tove", "toves-kodeord-1").open("/");
        assertThat(browser.text()).contains("Logget ind som " + NEW_NAME);
        browser.open("/organisation/admin");
        assertThat(browser.text()).doesNotContain("Opret et organ");
    }

    private void checked(String page) {
        axe.check(browser.driver(), page);
    }
}
