package dk.protokol.query.actions;

import dk.protokol.events.words.Words;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The action list as CSV for a spreadsheet ({@code GET /api/actions.csv}): the same lines, in the same
 * order, as the JSON list. Written for Danish Excel, which is what secretaries and evaluators open it in:
 * <ul>
 *   <li>UTF-8 with a byte-order mark, without which Excel reads æ, ø and å as two letters each;</li>
 *   <li>";" between fields, the list separator of a Danish Windows (where "," is the decimal comma), so a
 *       double-click opens it in columns; CRLF between records; fields quoted only where needed (RFC 4180);</li>
 *   <li>Danish headers and status words; dates as ISO {@code yyyy-mm-dd}, which Excel reads as dates;</li>
 *   <li>text that begins like a formula ({@code = + - @}, tab, CR) is prefixed with an apostrophe, so
 *       that a description can never run as a formula in the reader's spreadsheet (CSV injection).</li>
 * </ul>
 */
public final class ActionCsv {

    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

    public static final List<String> HEADERS = List.of("Handling", "Status", "Forfalden", "Frist", "Udført den",
            "Ansvarlig", "Organ", "Mødedato", "Punkt", "Handlings-id");

    static final CSVFormat FORMAT = CSVFormat.EXCEL.builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .setHeader(HEADERS.toArray(String[]::new))
            .get();

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ActionCsv() {
    }

    public static void write(List<ActionSummary> rows, OutputStream out) {
        try {
            out.write(BOM);
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
                for (ActionSummary row : rows) {
                    printer.printRecord(Arrays.asList(cells(row)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One record: the cells of one line, in the order of {@link #HEADERS}. */
    static String[] cells(ActionSummary row) {
        return new String[]{
                text(row.description()),
                Words.DANISH.label(row.status()),
                row.overdue() ? "Ja" : "Nej",
                date(row.dueDate()),
                date(row.completedOn()),
                text(row.owner() == null ? null : row.owner().name()),
                text(row.body() == null ? null : row.body().name()),
                date(row.meetingDate()),
                text(row.itemTitle()),
                row.id().toString()
        };
    }

    /** A file name that says what and which day: {@code handlinger-2024-05-01.csv}. */
    public static String fileName(LocalDate on) {
        return "handlinger-" + on + ".csv";
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        boolean formulaLike = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formulaLike ? "'" + value : value;
    }
}
