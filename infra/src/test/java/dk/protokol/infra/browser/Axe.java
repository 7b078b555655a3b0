package dk.protokol.infra.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * axe-core, as npm installs it into infra/src/test/browser (package.json there; .ci/run runs
 * {@code npm ci --prefix infra/src/test/browser}), run against the page the browser shows. The script is
 * injected through WebDriver, which the pages' Content-Security-Policy does not govern. A page fails on any
 * WCAG 2.0/2.1 A or AA violation of impact serious or critical.
 */
final class Axe {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final List<String> FAILING_IMPACTS = List.of("serious", "critical");

    private final String source;

    private Axe(String source) {
        this.source = source;
    }

    /** Loads axe.min.js from PROTOKOL_AXE or the npm install beside the tests; fails clearly if it is missing. */
    static Axe load() {
        Path file = locate();
        try {
            return new Axe(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path locate() {
        String configured = Browser.setting("PROTOKOL_AXE", null);
        List<Path> candidates = new ArrayList<>();
        if (configured != null) {
            candidates.add(Paths.get(configured));
        }
        Path workingDirectory = Paths.get("").toAbsolutePath();
        // surefire runs in infra/; a run from an IDE may start in the repository root
        candidates.add(workingDirectory.resolve("src/test/browser/node_modules/axe-core/axe.min.js"));
        candidates.add(workingDirectory.resolve("infra/src/test/browser/node_modules/axe-core/axe.min.js"));
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElseThrow(() -> new AssertionError(
                "axe-core is missing (looked at " + candidates + "). Install it with: "
                        + "npm ci --prefix infra/src/test/browser (.ci/run does), or set PROTOKOL_AXE to axe.min.js."));
    }

    /** Runs axe on the current page and answers the violations that fail it (serious or critical). */
    @SuppressWarnings("unchecked")
    List<Violation> seriousViolations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        Boolean present = (Boolean) js.executeScript("return typeof window.axe === 'object';");
        if (!Boolean.TRUE.equals(present)) {
            js.executeScript(source);
        }
        Object answer = js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                        + ".then(r => done({violations: r.violations.map(v => ({id: v.id, impact: v.impact,"
                        + " help: v.help, helpUrl: v.helpUrl, nodes: v.nodes.map(n => ({target: n.target.join(' '),"
                        + " summary: n.failureSummary}))}))}))"
                        + ".catch(e => done({error: String(e)}));", TAGS);
        Map<String, Object> result = (Map<String, Object>) answer;
        if (result.containsKey("error")) {
            throw new AssertionError("axe-core could not run on " + driver.getCurrentUrl() + ": " + result.get("error"));
        }
        List<Violation> failing = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result.get("violations")) {
            if (FAILING_IMPACTS.contains(String.valueOf(v.get("impact")))) {
                List<String> nodes = new ArrayList<>();
                for (Map<String, Object> node : (List<Map<String, Object>>) v.get("nodes")) {
                    nodes.add(node.get("target") + " – " + String.valueOf(node.get("summary")).replace('\n', ' '));
                }
                failing.add(new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                        (String) v.get("helpUrl"), nodes));
            }
        }
        return failing;
    }

    /** Fails with a readable list when the current page has serious or critical violations. */
    void check(WebDriver driver, String page) {
        List<Violation> violations = seriousViolations(driver);
        if (!violations.isEmpty()) {
            StringBuilder message = new StringBuilder("axe-core: " + violations.size()
                    + " serious/critical WCAG 2.1 AA violation(s) on " + page + " (" + driver.getCurrentUrl() + "):");
            for (Violation v : violations) {
                message.append("\n- [").append(v.impact()).append("] ").append(v.id()).append(": ").append(v.help())
                        .append(" (").append(v.helpUrl()).append(")");
                v.nodes().stream().limit(10).forEach(node -> message.append("\n    ").append(node));
                if (v.nodes().size() > 10) {
                    message.append("\n    … and ").append(v.nodes().size() - 10).append(" more");
                }
            }
            throw new AssertionError(message.toString());
        }
    }

    record Violation(String id, String impact, String help, String helpUrl, List<String> nodes) {
    }
}
