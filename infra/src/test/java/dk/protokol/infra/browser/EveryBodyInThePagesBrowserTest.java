package dk.protokol.infra.browser;

import dk.protokol.infra.support.ApiScript;
import dk.protokol.infra.support.DemoDataTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partnership at work in the pages (issue 10), over a sample of bodies the demo secretary serves without being
 * their secretary — one of each partnership, neither with a chair: the secretary schedules a meeting on the
 * dashboard, publishes the agenda, records everyone present, opens the meeting, records its chair for the day,
 * closes it and sends out the minutes; the chair for the day approves them from the minutes page. axe-core on the
 * pages on the way. (EveryBodyRecordableApiTest does the same for all 17 bodies through the API.)
 */
@Tag("browser")
@DemoDataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryBodyInThePagesBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Browser browser;
    Axe axe;
    ApiScript api;
    int account;

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

    @ParameterizedTest
    @ValueSource(strings = {"Samarbejdet mellem boligorganisationerne", "Følgegruppe: Sundhed og bevægelse"})
    void theSecretaryRecordsAMeetingAndItsChairForTheDayApprovesTheMinutes(String body) {
        String day = LocalDate.now(ZoneId.of("Europe/Copenhagen")).minusDays(1).toString();
        browser.login("sekretaer", ApiScript.PASSWORD).open("/sekretaer").waitForText("Planlæg et møde");
        browser.fill("Organ", body)
                .fill("Mødestart", day + "T17:00")
                .fill("Forventet sluttidspunkt", day + "T18:30")
                .fill("Mødested", "Beboerhuset")
                .click("Planlæg mødet");
        assertThat(browser.currentPath()).startsWith("/sekretaer/moeder/");
        String meeting = browser.currentPath().substring("/sekretaer/moeder/".length()).replaceAll("[?#].*", "");

        browser.click("Udsend dagsorden");
        List<String> members = browser.driver().findElements(By.cssSelector("form.attendance")).stream()
                .map(form -> form.getAttribute("id")).toList();
        assertThat(members).as("the body's own members").isNotEmpty();
        for (String form : members) {
            browser.choose(form + "-PRESENT");
            browser.submit(form);
        }
        browser.click("Åbn mødet");

        WebElement chair = browser.field(By.id("chair-of-the-day-personId"));
        Select candidates = new Select(chair);
        assertThat(candidates.getOptions()).hasSizeGreaterThan(1);
        candidates.selectByIndex(1);
        String chairOfTheDay = candidates.getFirstSelectedOption().getAttribute("value");
        browser.submit("chair-of-the-day");
        browser.field(By.id("chair-of-the-day-saved"));
        axe.check(browser.driver(), "moedeleder");

        browser.click("Luk mødet");
        browser.click("Udsend referat");

        // the chair for the day signs in (an account the administrator opens for them) and approves
        String username = "moedeleder-" + (++account);
        api.create("admin", "/api/accounts", "{\"username\":\"" + username + "\",\"password\":\"" + username
                + "-kode\",\"personId\":\"" + chairOfTheDay + "\"}");
        browser.login(username, username + "-kode").open("/moeder/" + meeting).waitForText("Referatet er sendt ud");
        axe.check(browser.driver(), "referat-godkend");
        browser.press(browser.field(By.id("godkend-referat-knap")));
        assertThat(browser.currentPath()).startsWith("/formand");
        assertThat(browser.field(By.id("gemt")).getText()).contains(body);
        assertThat(api.get("evaluator", "/api/meetings/" + meeting + "/minutes").path("status").asText())
                .isEqualTo("MINUTES_APPROVED");
    }
}
