package dk.protokol.infra.frontdoor;

import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.query.actions.ActionStatus;
import dk.protokol.query.actions.ActionCsv;
import dk.protokol.query.actions.ActionSummary;
import dk.protokol.query.organisation.BodyRef;
import dk.protokol.query.organisation.PersonRef;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, item 4: whatever people typed (an action's description, an owner's or a body's name, an item's title),
 * no cell of the action list's CSV ({@code GET /api/actions.csv}) starts like a formula ({@code = + - @}, tab, CR),
 * so a spreadsheet never runs it; and the text is still all there after the guard.
 */
class ActionCsvFormulaTest {

    @Property(tries = 200)
    void noCellStartsAFormula(@ForAll("typed") String description, @ForAll("typed") String owner,
                              @ForAll("typed") String body, @ForAll("typed") String title) throws IOException {
        ActionSummary row = new ActionSummary(ActionId.of(UUID.randomUUID()), description, ActionStatus.OPEN, false,
                LocalDate.of(2027, 3, 1), null, new PersonRef(PersonId.of(UUID.randomUUID()), owner),
                new BodyRef(BodyId.of(UUID.randomUUID()), body), MeetingId.of(UUID.randomUUID()),
                LocalDate.of(2027, 2, 1), AgendaItemId.of(UUID.randomUUID()), title,
                DecisionId.of(UUID.randomUUID()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ActionCsv.write(List.of(row), out);
        String csv = out.toString(StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");

        List<CSVRecord> records = CSVParser.parse(new StringReader(csv),
                CSVFormat.EXCEL.builder().setDelimiter(';').get()).getRecords();
        assertThat(records).hasSize(2); // the header and the row
        CSVRecord record = records.get(1);
        for (String cell : record) {
            assertThat(cell).as(csv).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                    .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
        }
        assertThat(record.get(0)).endsWith(description);
        assertThat(record.get(8)).endsWith(title);
    }

    @Provide
    Arbitrary<String> typed() {
        Arbitrary<String> formula = Arbitraries.of("=", "+", "-", "@", "\t", "\r", "=-", "@@")
                .flatMap(start -> Arbitraries.of("SUM(A1:A9)", "HYPERLINK(\"http://evil.example\";\"Klik\")",
                        "cmd|' /C calc'!A0", "1+1", "", "2027 budget").map(rest -> start + rest));
        return Arbitraries.oneOf(formula, Arbitraries.strings().ofMaxLength(30).filter(text -> !text.isEmpty()
                && text.chars().noneMatch(c -> c == '\r')));
    }
}
