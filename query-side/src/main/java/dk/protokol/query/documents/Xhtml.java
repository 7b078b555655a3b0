package dk.protokol.query.documents;

import java.util.regex.Pattern;

/**
 * Escaping for text that users typed, on its way into the XHTML that becomes the PDF: markup
 * characters become entities, and characters XML 1.0 forbids (most control characters, lone
 * surrogates) are dropped, so no input can break the document or inject markup.
 */
final class Xhtml {

    private static final Pattern NOT_XML = Pattern.compile(
            "[^\\u0009\\u000A\\u000D\\u0020-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

    private Xhtml() {
    }

    /** Text for an element or an attribute. */
    static String text(String text) {
        if (text == null) {
            return "";
        }
        String clean = NOT_XML.matcher(text).replaceAll("");
        StringBuilder out = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Text of several lines as paragraphs ({@code <p>}), single line breaks as {@code <br/>}. */
    static String paragraphs(String text, String cssClass) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String open = cssClass == null ? "<p>" : "<p class=\"" + cssClass + "\">";
        StringBuilder out = new StringBuilder();
        for (String paragraph : PARAGRAPH_BREAK.split(text.replace("\r\n", "\n").replace('\r', '\n').strip())) {
            out.append(open).append(lines(paragraph)).append("</p>\n");
        }
        return out.toString();
    }

    /** Text of several lines inside one element, line breaks as {@code <br/>}. */
    static String lines(String text) {
        if (text == null) {
            return "";
        }
        return text(text.replace("\r\n", "\n").replace('\r', '\n').strip()).replace("\n", "<br/>");
    }
}
