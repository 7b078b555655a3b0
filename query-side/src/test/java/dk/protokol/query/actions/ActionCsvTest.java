package dk.protokol.query.actions;

import dk.protokol.events.query.actions.ActionFilter;
import dk.protokol.events.query.actions.ActionStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.protokol.events.action.ActionCompleted;
import dk.protokol.events.action.ActionItemOpened;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.json.EventJson;
import dk.protokol.events.meeting.AgendaItemAdded;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.MeetingScheduled;
import dk.protokol.events.organisation.BodyEstablished;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.PersonRegistered;
import dk.protokol.events.words.Words;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The action list as CSV: parsed back by a CSV parser it has the same lines, in the same order, as the JSON
 * list, field by field; and it is what Danish Excel expects (BOM, ";", CRLF, Danish headers).
 */
class ActionCsvTest {

    static final BodyId BPS = BodyId.of("00000000-0000-0000-0000-0000000000b1");
    static final MeetingId MEETING = MeetingId.of("00000000-0000-0000-0000-0000000000e1");
    static final AgendaItemId ITEM = AgendaItemId.of("00000000-0000-0000-0000-0000000000d1");
    static final PersonId AAGE = PersonId.of("00000000-0000-0000-0000-0000000000a4");
    static final PersonId UNKNOWN = PersonId.of("00000000-0000-0000-0000-0000000000a9");
    static final LocalDate DAY = LocalDate.of(2024, 3, 5);

    /** The JSON of the HTTP answer: the application's mapping (ISO dates, nulls left out). */
    private final ObjectMapper json = EventJson.newMapper()
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);

    private List<ActionSummary> rows() {
        Script script = new Script().on(DAY,
                new PersonRegistered(AAGE, "Åge Ågesen", null, null, "AAB"),
                new BodyEstablished(BPS, "Boligpolitisk Styregruppe", BodyKind.STEERING_GROUP, "BolivVejle", null,
                        null, 4, null, DAY),
                new MeetingScheduled(MEETING, BPS, DAY.atTime(14, 0), DAY.atTime(16, 0), "Rådhuset"),
                new AgendaItemAdded(MEETING, ITEM, "Økonomi; budget \"2025\"", AgendaItemKind.DECISION, null, null,
                        false),
                new ActionItemOpened(ActionId.of("00000000-0000-0000-0000-0000000000c1"), BPS, MEETING, ITEM, null,
                        "Skriv til boligorganisationerne; også Østerbo", AAGE, DAY.plusDays(10)),
                new ActionItemOpened(ActionId.of("00000000-0000-0000-0000-0000000000c2"), BPS, MEETING, ITEM, null,
                        "Første linje\r\nanden linje med \"citat\"", UNKNOWN, DAY.plusDays(20)),
                new ActionItemOpened(ActionId.of("00000000-0000-0000-0000-0000000000c3"), BPS, MEETING, ITEM, null,
                        "=HYPERLINK(\"http://example.org\")", AAGE, null),
                new ActionItemOpened(ActionId.of("00000000-0000-0000-0000-0000000000c4"), BPS, MEETING, ITEM, null,
                        "Færdig før tid", AAGE, DAY.plusDays(1)));
        script.on(DAY.plusDays(1), new ActionCompleted(ActionId.of("00000000-0000-0000-0000-0000000000c4"),
                DAY.plusDays(1), null));
        return ActionList.rows(script.actions().values(), script.meetings(),
                ActionFilter.none().on(DAY.plusDays(15)), script.names());
    }

    @Test
    void theCsvHasTheSameLinesAsTheJsonList() throws Exception {
        List<ActionSummary> rows = rows();
        JsonNode list = json.readTree(json.writeValueAsString(rows));
        List<CSVRecord> records = parse(csv(rows));

        assertThat(list).hasSize(4);
        assertThat(records).hasSize(list.size());
        for (int i = 0; i < list.size(); i++) {
            JsonNode line = list.get(i);
            CSVRecord record = records.get(i);
            assertThat(record.get("Handling")).isEqualTo(ActionCsv.text(line.path("description").asText()));
            assertThat(record.get("Status"))
                    .isEqualTo(Words.DANISH.label(ActionStatus.valueOf(line.path("status").asText())));
            assertThat(record.get("Forfalden")).isEqualTo(line.path("overdue").asBoolean() ? "Ja" : "Nej");
            assertThat(record.get("Frist")).isEqualTo(line.path("dueDate").asText(""));
            assertThat(record.get("Udført den")).isEqualTo(line.path("completedOn").asText(""));
            assertThat(record.get("Ansvarlig")).isEqualTo(line.path("owner").path("name").asText(""));
            assertThat(record.get("Organ")).isEqualTo(line.path("body").path("name").asText(""));
            assertThat(record.get("Mødedato")).isEqualTo(line.path("meetingDate").asText(""));
            assertThat(record.get("Punkt")).isEqualTo(line.path("itemTitle").asText(""));
            assertThat(record.get("Handlings-id")).isEqualTo(line.path("id").asText());
        }
        // what the lines are, spelled out once: soonest due first, no due date last
        assertThat(records).extracting(r -> r.get("Handlings-id").substring(34)).containsExactly(
                "c4", "c1", "c2", "c3");
        assertThat(records.get(1).get("Handling")).isEqualTo("Skriv til boligorganisationerne; også Østerbo");
        assertThat(records.get(1).get("Ansvarlig")).isEqualTo("Åge Ågesen");
        assertThat(records.get(1).get("Punkt")).isEqualTo("Økonomi; budget \"2025\"");
        assertThat(records.get(1).get("Forfalden")).isEqualTo("Ja");
        assertThat(records.get(1).get("Status")).isEqualTo("Åben");
        assertThat(records.get(2).get("Handling")).isEqualTo("Første linje\r\nanden linje med \"citat\"");
        assertThat(records.get(2).get("Ansvarlig")).isEmpty();
        assertThat(records.get(2).get("Forfalden")).isEqualTo("Nej");
    }

    @Test
    void writtenForDanishExcel() {
        byte[] bytes = csv(rows());

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("Handling;Status;Forfalden;Frist;Udført den;Ansvarlig;Organ;Mødedato;Punkt;"
                + "Handlings-id\r\n");
        assertThat(text).contains(";Udført;Nej;2024-03-06;2024-03-06;Åge Ågesen;Boligpolitisk Styregruppe;"
                + "2024-03-05;");
        assertThat(text).endsWith("\r\n");
    }

    @Test
    void textThatLooksLikeAFormulaIsNeverAFormula() {
        List<CSVRecord> records = parse(csv(rows()));
        CSVRecord formula = records.stream()
                .filter(r -> r.get("Handlings-id").equals("00000000-0000-0000-0000-0000000000c3"))
                .findFirst().orElseThrow();

        assertThat(formula.get("Handling")).isEqualTo("'=HYPERLINK(\"http://example.org\")");
        assertThat(ActionCsv.text("+45 12 34 56 78")).isEqualTo("'+45 12 34 56 78");
        assertThat(ActionCsv.text("-1")).isEqualTo("'-1");
        assertThat(ActionCsv.text("@SUM")).isEqualTo("'@SUM");
        assertThat(ActionCsv.text("Almindelig tekst")).isEqualTo("Almindelig tekst");
    }

    @Test
    void anEmptyListIsTheHeaderAlone() {
        List<CSVRecord> records = parse(csv(List.of()));
        assertThat(records).isEmpty();
    }

    static byte[] csv(List<ActionSummary> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ActionCsv.write(rows, out);
        return out.toByteArray();
    }

    /** Parsed the way a reader would: UTF-8 without the BOM, ";" separated, the first record the header. */
    static List<CSVRecord> parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            assertThat(parser.getHeaderNames()).isEqualTo(ActionCsv.HEADERS);
            return parser.getRecords();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
