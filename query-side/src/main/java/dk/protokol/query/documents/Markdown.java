package dk.protokol.query.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CommonMark escaping for text that users typed, so that a title like "*Budget* [udkast]" or a line
 * starting with "# " stays text and never becomes markup, a link or raw HTML.
 */
final class Markdown {

    /** Characters that can start inline markup anywhere in a line (links, emphasis, code, HTML, tables,
     * entities; '#' also closes a heading). */
    private static final Pattern INLINE = Pattern.compile("([\\\\`*_\\[\\]<>|~&!{}#])");
    /** What would start a block at the beginning of a line: heading, quote, list, rule, setext underline, fence. */
    private static final Pattern BLOCK_START = Pattern.compile("^([#>+=-])");
    private static final Pattern ORDERED_LIST_START = Pattern.compile("^(\\d{1,9})([.)])");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

    private Markdown() {
    }

    /** Text inside a line, escaped; line breaks in it become spaces. */
    static String inline(String text) {
        return INLINE.matcher(oneLine(text)).replaceAll("\\\\$1");
    }

    /**
     * Text that starts a line or follows a list marker, escaped like {@link #inline} and also so that it
     * cannot open a block (heading, quote, list).
     */
    static String lineStart(String text) {
        return line(oneLine(text));
    }

    private static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        return CONTROL.matcher(text.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("")
                .replace('\n', ' ').replace('\t', ' ').strip();
    }

    /**
     * Text of several lines, escaped. Paragraphs (split on blank lines) stay paragraphs; single line
     * breaks become hard breaks. {@code indent} goes before every line but the first, so the block can sit
     * inside a list item.
     */
    static String block(String text, String indent) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String clean = CONTROL.matcher(text.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("")
                .replace('\t', ' ').strip();
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : clean.split("\\n\\s*\\n")) {
            List<String> lines = new ArrayList<>();
            for (String line : paragraph.split("\\n")) {
                lines.add(line(line));
            }
            paragraphs.add(String.join("\\\n" + indent, lines));
        }
        return String.join("\n" + indent + "\n" + indent, paragraphs);
    }

    private static String line(String raw) {
        // Leading spaces would make an indented code block; trailing ones a hard break.
        String line = raw.strip();
        line = INLINE.matcher(line).replaceAll("\\\\$1");
        line = BLOCK_START.matcher(line).replaceFirst("\\\\$1");
        line = ORDERED_LIST_START.matcher(line).replaceFirst("$1\\\\$2");
        return line;
    }
}
