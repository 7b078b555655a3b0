package dk.protokol.infra.browser;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bilag uploaded in the secretary's meeting page in a real browser with htmx (issue 14): an executable named .pdf
 * is refused with the Danish message beside the field, a PDF is then attached in the background (the page is not
 * loaded again) and listed under the item as "Bilag 2.1", a link that downloads it.
 */
@Tag("browser")
@DemoDataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecretaryAttachmentBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Browser browser;
    ApiScript api;
    Path files;

    @BeforeAll
    void startBrowser() throws IOException {
        browser = Browser.start(port);
        api = new ApiScript(port, jdbc);
        files = Files.createTempDirectory("protokol-bilag-");
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
        try (var listed = Files.list(files)) {
            for (Path file : listed.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(files);
    }

    @Test
    void aRefusedFileIsToldBesideTheFieldAndAPdfIsAttachedInTheBackground() throws IOException {
        String fku = api.bodyId("Forum for Koordination og Udvikling");
        String meeting = api.create("sekretaer", "/api/meetings", "{\"bodyId\":\"" + fku
                + "\",\"start\":\"2027-09-07T09:00\",\"expectedEnd\":\"2027-09-07T11:00\",\"location\":\"Rådhuset\"}");
        String item = api.create("sekretaer", "/api/meetings/" + meeting + "/agenda-items",
                "{\"title\":\"Boligsocial status\",\"kind\":\"INFORMATION\"}");
        Path executable = Files.write(files.resolve("faktura.pdf"), new byte[]{'M', 'Z', (byte) 0x90, 0, 3, 0});
        Path pdf = Files.write(files.resolve("Status 2027.pdf"),
                "%PDF-1.4\n% browserprøve\n%%EOF\n".getBytes(StandardCharsets.UTF_8));

        browser.login("sekretaer", ApiScript.PASSWORD)
                .open("/sekretaer/moeder/" + meeting + "?item=" + item + "&minPosition=" + api.position())
                .waitForText("Boligsocial status");
        WebDriver driver = browser.driver();
        openUploadForm(item);
        browser.field(By.id("attachment-" + item + "-file")).sendKeys(executable.toString());
        browser.press(driver.findElement(By.cssSelector("#attachment-" + item + " button[type=submit]")));
        assertThat(browser.field(By.id("attachment-" + item + "-file-error")).getText())
                .isEqualTo("Filen er ikke en PDF, DOCX, XLSX, ODT, PNG eller JPEG.");

        ((JavascriptExecutor) driver).executeScript("window.protokolSamePage = true;");
        openUploadForm(item);
        browser.field(By.id("attachment-" + item + "-file")).sendKeys(pdf.toString());
        browser.press(driver.findElement(By.cssSelector("#attachment-" + item + " button[type=submit]")));
        assertThat(browser.field(By.id("attachment-" + item + "-saved")).getText()).isEqualTo("Bilaget er vedhæftet.");
        WebElement link = browser.field(By.cssSelector("#item-" + item + "-recorded .recorded-attachments a"));
        assertThat(link.getText()).isEqualTo("Bilag 2.1: Status 2027.pdf");
        assertThat(link.getAttribute("href")).contains("/bilag/");
        assertThat(((JavascriptExecutor) driver).executeScript("return window.protokolSamePage === true;"))
                .as("attached without loading the page").isEqualTo(true);
    }

    private void openUploadForm(String item) {
        browser.waitForPage();
        WebElement disclosure = browser.driver().findElement(By.id("attachment-" + item + "-disclosure"));
        if (disclosure.getAttribute("open") == null) {
            disclosure.findElement(By.tagName("summary")).click();
        }
        browser.field(By.id("attachment-" + item));
    }
}
