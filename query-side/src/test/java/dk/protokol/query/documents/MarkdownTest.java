package dk.protokol.query.documents;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTest {

    private static String html(String md) {
        return HtmlRenderer.builder().build().render(Parser.builder().build().parse(md));
    }

    @Test
    void inlineMarkupStaysText() {
        String md = Markdown.inline("*fed* _kursiv_ `kode` [link](http://x) <script>alert(1)</script> &amp; a|b ~x~ \\ #1");

        assertThat(html("Titel: " + md)).isEqualTo(
                "<p>Titel: *fed* _kursiv_ `kode` [link](http://x) &lt;script&gt;alert(1)&lt;/script&gt; "
                        + "&amp;amp; a|b ~x~ \\ #1</p>\n");
    }

    @Test
    void aLineStartCannotOpenABlock() {
        for (String text : new String[] {"# overskrift", "- punkt", "+ punkt", "> citat", "1. nummer", "2) nummer",
                "---", "===", "    kode"}) {
            String html = html("- " + Markdown.lineStart(text));
            String expected = text.strip().replace(">", "&gt;");
            assertThat(html).as(text).isEqualTo("<ul>\n<li>" + expected + "</li>\n</ul>\n");
        }
    }

    @Test
    void midLineTextIsNotEscapedMoreThanNeeded() {
        assertThat(Markdown.inline("frist 15. januar 2027 - Ærø, Åbo, Øster")).isEqualTo("frist 15. januar 2027 - Ærø, Åbo, Øster");
    }

    @Test
    void blockKeepsParagraphsAndLineBreaksAndDropsControlCharacters() {
        String md = Markdown.block("Første linje\r\n# anden linje\u0007\n\n\n  tredje afsnit  ", "");

        assertThat(html(md)).isEqualTo("<p>Første linje<br />\n# anden linje</p>\n<p>tredje afsnit</p>\n");
    }

    @Test
    void blockInsideAListItemStaysInTheItem() {
        String md = "- " + Markdown.block("linje et\nlinje to\n\nnyt afsnit", "  ");

        assertThat(html(md)).isEqualTo("<ul>\n<li>\n<p>linje et<br />\nlinje to</p>\n<p>nyt afsnit</p>\n</li>\n</ul>\n");
    }
}
