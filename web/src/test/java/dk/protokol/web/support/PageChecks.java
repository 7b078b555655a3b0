package dk.protokol.web.support;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import static org.assertj.core.api.Assertions.assertThat;

/** Accessibility rules a parser can check, shared by the page tests (each test says which it applies). */
public final class PageChecks {

    private PageChecks() {
    }

    /** Every visible control has an id and exactly one label for it. */
    public static void everyControlIsLabelled(Document page) {
        for (Element control : page.select("input:not([type=hidden]), select, textarea")) {
            assertThat(control.id()).as("%s has an id", control).isNotEmpty();
            assertThat(page.select("label[for=" + control.id() + "]")).as("label for #%s", control.id()).hasSize(1);
        }
    }

    /** One h1, and no heading skips a level. */
    public static void oneH1AndNoSkippedHeadingLevel(Document page) {
        assertThat(page.select("h1")).hasSize(1);
        noSkippedHeadingLevel(page);
    }

    /** No heading is more than one level below the one before it. */
    public static void noSkippedHeadingLevel(Document page) {
        int previous = 0;
        for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            assertThat(level).as("%s after h%d", heading, previous).isLessThanOrEqualTo(previous + 1);
            previous = level;
        }
    }

    /** No element has an inline event handler (an on... attribute). */
    public static void noInlineHandlers(Document page) {
        assertThat(page.getAllElements()).allSatisfy(element ->
                assertThat(element.attributes().asList()).noneMatch(a -> a.getKey().startsWith("on")));
    }
}
