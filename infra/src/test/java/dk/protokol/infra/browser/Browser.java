package dk.protokol.infra.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;

/**
 * Headless Debian Chromium driven by Selenium through Debian's chromedriver. Both programs are given by path
 * (PROTOKOL_CHROMIUM, PROTOKOL_CHROMEDRIVER; defaults /usr/bin/chromium, /usr/bin/chromedriver), so Selenium
 * Manager is never asked to find or download a browser. A missing browser fails the test with the command
 * that installs it; .ci/run installs it.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Paths.get(setting("PROTOKOL_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Paths.get(setting("PROTOKOL_CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final Duration WAIT = Duration.ofSeconds(15);

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path profile;
    private final String base;

    private Browser(WebDriver driver, Path profile, String base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
        this.wait = new WebDriverWait(driver, WAIT);
    }

    static Browser start(int port) {
        for (Path program : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(program)) {
                throw new AssertionError("Browser tests need Debian's Chromium and ChromeDriver, but " + program
                        + " is missing. Install them with: apt-get install -y chromium chromium-driver"
                        + " (.ci/run does), or point PROTOKOL_CHROMIUM / PROTOKOL_CHROMEDRIVER at them.");
            }
        }
        // the driver and the browser are both given, so Selenium Manager is never run: nothing is looked up or fetched
        Path profile;
        try {
            profile = Files.createTempDirectory("protokol-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=da-DK", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, profile, "http://127.0.0.1:" + port);
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens a path of the application and waits for its document to be complete. */
    Browser open(String path) {
        driver.get(base + path);
        waitForPage();
        return this;
    }

    String currentPath() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /** Logs in through the form at /login, leaving any earlier user's session behind. */
    Browser login(String user, String password) {
        driver.manage().deleteAllCookies();
        open("/login");
        field(By.id("username")).sendKeys(user);
        field(By.id("password")).sendKeys(password);
        press(driver.findElement(By.cssSelector("form button[type=submit]")));
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        waitForPage();
        return this;
    }

    /** Fills the field whose label reads {@code label} (the label's for= names the control). */
    Browser fill(String label, String value) {
        fillControl(labelled(label), value);
        return this;
    }

    private void fillControl(WebElement control, String value) {
        String type = String.valueOf(control.getAttribute("type"));
        if (control.getTagName().equals("select")) {
            new org.openqa.selenium.support.ui.Select(control).selectByVisibleText(value);
        } else if (List.of("date", "datetime-local", "time").contains(type)) {
            // a date control's typed text depends on the locale; set the value as the form sends it
            ((JavascriptExecutor) driver).executeScript(
                    "arguments[0].value = arguments[1];"
                            + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                            + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", control, value);
        } else {
            control.clear();
            control.sendKeys(value);
        }
    }

    /** The form control labelled {@code label}, by its label's text (exact, ignoring surrounding space). */
    WebElement labelled(String label) {
        waitForPage();
        WebElement labelElement = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//label[normalize-space(.)=" + literal(label) + "]")));
        String target = labelElement.getAttribute("for");
        if (target != null && !target.isBlank()) {
            return driver.findElement(By.id(target));
        }
        return labelElement.findElement(By.xpath(".//input|.//select|.//textarea"));
    }

    /** Clicks the button (or submit input) that reads {@code text} and waits for the next page. */
    Browser click(String text) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//button[normalize-space(.)=" + literal(text) + "]"
                        + "|//input[@type='submit' and @value=" + literal(text) + "]")));
        return press(button);
    }

    /** Clicks the button with this id (for a button whose text repeats on the page) and waits for the next page. */
    Browser clickId(String id) {
        return press(wait.until(ExpectedConditions.elementToBeClickable(By.id(id))));
    }

    /**
     * Clicks a submit button and waits for its answer: the next page, or, for a form htmx sends, the answer
     * swapped into this page and settled. Either way it then waits for the page's own ready signal
     * ({@code <html data-ready="true">}, set by protokol.js), so no field is found that the page is about to replace.
     */
    Browser press(WebElement button) {
        WebElement page = driver.findElement(By.tagName("html"));
        long settledBefore = settled();
        button.click();
        wait.until(ExpectedConditions.or(d -> gone(page), d -> settled() > settledBefore));
        waitForPage();
        return this;
    }

    /**
     * Whether the page is gone (a new one loads). Chromium sometimes answers a question about an element of the
     * page being left with "Node ... does not belong to the document" rather than a stale element: gone too.
     */
    private static boolean gone(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            return String.valueOf(e.getMessage()).contains("does not belong to the document");
        }
    }

    /** How many saves sent with htmx this page has answered (protokol.js counts them); -1 while a page loads. */
    private long settled() {
        Object count = ((JavascriptExecutor) driver).executeScript(
                "var c = document.documentElement.getAttribute('data-settled'); return c === null ? -1 : Number(c);");
        return count instanceof Number number ? number.longValue() : -1;
    }

    /** Submits the form with this id by its submit button, and waits for the next page. */
    Browser submit(String formId) {
        return press(field(By.cssSelector("#" + formId + " button[type=submit]")));
    }

    /** Fills the control with this id (a text field, text area, date control or select by visible text). */
    Browser fillId(String id, String value) {
        fillControl(field(By.id(id)), value);
        return this;
    }

    /** Checks the radio button or check box with this id. */
    Browser choose(String id) {
        waitForPage();
        WebElement control = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        if (!control.isSelected()) {
            control.click();
        }
        return this;
    }

    WebElement field(By by) {
        waitForPage();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until the page's main content contains {@code text}. */
    Browser waitForText(String text) {
        waitForPage();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
        return this;
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * Waits for the page's own ready signal: protokol.js sets {@code <html data-ready="true">} once it has done its
     * work on a loaded page (drafts restored) and again when a save's answer has been swapped in and settled.
     */
    void waitForPage() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && document.documentElement.getAttribute('data-ready') === 'true';")));
    }

    /**
     * Saves the whole page as {@code name}.png in {@code directory}: the window is made as tall as the page
     * (at most 4000 pixels) for the picture and then set back.
     */
    Path screenshot(Path directory, String name) {
        Dimension before = driver.manage().window().getSize();
        try {
            Number height = (Number) ((JavascriptExecutor) driver).executeScript(
                    "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
            driver.manage().window().setSize(new Dimension(before.getWidth(),
                    Math.min(4000, Math.max(before.getHeight(), height.intValue() + 20))));
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.createDirectories(directory);
            Path target = directory.resolve(name + ".png");
            Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** Saves what the window shows now (not the whole page) as {@code name}.png in {@code directory}. */
    Path screenshotOfWindow(Path directory, String name) {
        try {
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.createDirectories(directory);
            Path target = directory.resolve(name + ".png");
            Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }

    /** An XPath string literal for any text (XPath 1 has no escape for quotes). */
    static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        return "concat('" + text.replace("'", "',\"'\",'") + "')";
    }

    static String setting(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value;
    }
}
