package dk.protokol.infra.audit;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.protokol.events.command.RuleViolation;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.meeting.MinutesApproved;
import dk.protokol.events.query.minutes.FindMinutes;
import dk.protokol.query.actions.ActionProjection;
import dk.protokol.query.common.ReadYourWrites;
import dk.protokol.query.minutes.MinutesProjection;
import dk.protokol.query.common.NotFound;
import dk.protokol.query.documents.MinutesPdf;
import dk.protokol.query.documents.MinutesPdf.ArchivalStamp;
import dk.protokol.query.minutes.MinutesQueries;
import dk.protokol.query.minutes.MinutesView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The archive version of approved minutes (issue 12, item 9): a ZIP that is derived from the stored events alone, as
 * they stood when the minutes were approved, so that it can be derived again at any later time, byte for byte.
 * <ul>
 *   <li>{@code referat.pdf}: the minutes as of the approval's instant as PDF/A-2u, stamped with that instant and an
 *   identifier made from the meeting and the approval's position ({@link MinutesPdf#render(MinutesView,
 *   ArchivalStamp)}), never with the clock;</li>
 *   <li>{@code referat.json}: the same minutes as {@code GET /api/meetings/{id}/minutes?asOf=} answers them, keys in
 *   alphabetical order, two-space indentation, {@code \n} line ends;</li>
 *   <li>{@code haendelser.ndjson}: the meeting's stream up to and including the approval, each event as the audit
 *   export writes it ({@link ExportLine}: as stored, with its position, the hash it builds on and its hash), in
 *   position order;</li>
 *   <li>{@code bilag/<sha256>}: the bilag of the items as of the approval (withdrawn ones too), each content once,
 *   named by its hash (absent when the meeting has none, so older packages derive as before);</li>
 *   <li>{@code MANIFEST.txt}: what the package is, the chain's hash at the approval, the SHA-256 of each file and how to
 *   check them.</li>
 * </ul>
 * The ZIP has its entries in this order, stored uncompressed (no deflater whose output could change with the
 * runtime), each dated the approval's instant in Danish time without extra fields. Later events — a correction, a
 * renamed body, a later meeting — are not read: the minutes are folded from events recorded up to the approval's
 * instant and the events listed end with the approval. The one exception is deliberate: a person named in the
 * minutes who is erased later shows as erased (crypto-shredding; the events' ciphertext is unchanged).
 */
@Component
public class ArchiveVersion {

    public static final String PDF = "referat.pdf";
    public static final String JSON = "referat.json";
    public static final String EVENTS = "haendelser.ndjson";
    public static final String MANIFEST = "MANIFEST.txt";
    /** The bilag, each once, named by the SHA-256 of its bytes: {@code bilag/<sha256>}. */
    public static final String ATTACHMENTS = "bilag/";
    static final int FORMAT = 1;

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    private static final String APPROVED = MinutesApproved.class.getName();
    private static final HexFormat HEX = HexFormat.of();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final MinutesQueries minutes;
    private final MinutesPdf pdf;
    private final ObjectMapper json;
    private final ObjectProvider<ReadYourWrites> readYourWrites;

    public ArchiveVersion(DataSource dataSource, PlatformTransactionManager transactionManager,
                          MinutesQueries minutes, MinutesPdf pdf, ObjectMapper json,
                          ObjectProvider<ReadYourWrites> readYourWrites) {
        this.readYourWrites = readYourWrites;
        this.jdbc = new JdbcTemplate(dataSource);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.minutes = minutes;
        this.pdf = pdf;
        this.json = json;
    }

    /** The package and what it was derived from. */
    public record Package(MeetingId meetingId, long approvalPosition, Instant approvedAt, String chainHash,
                          byte[] zip) {

        public String fileName() {
            return "arkivversion-" + meetingId + ".zip";
        }
    }

    /** One of the meeting's events as the package lists it. */
    private record Line(long sequenceNumber, String payloadType, ExportLine line) {
    }

    /**
     * Derives the package of the meeting's approved minutes. Unknown meeting: {@link NotFound}; minutes not approved:
     * a {@link RuleViolation} (409). The caller must read everything (the minutes are read as the caller).
     */
    public Package derive(MeetingId meetingId) {
        List<Line> stream = readOnly.execute(status -> stream(meetingId));
        if (stream == null || stream.isEmpty()) {
            throw new NotFound("Mødet findes ikke: " + meetingId);
        }
        Line approval = stream.stream().filter(line -> APPROVED.equals(line.payloadType())).findFirst()
                .orElseThrow(() -> new RuleViolation("ArchiveVersionNeedsApprovedMinutes",
                        "Mødets referat er ikke godkendt. Arkivversionen dannes af det godkendte referat."));
        List<ExportLine> events = stream.stream()
                .filter(line -> line.sequenceNumber() <= approval.sequenceNumber())
                .map(Line::line)
                .sorted((a, b) -> Long.compare(a.position(), b.position()))
                .toList();
        ExportLine approved = approval.line();
        Instant approvedAt = Instant.parse(approved.timestamp());
        long position = approved.position();

        // the minutes as of the approval are folded from the store, but the follow-up's actions are named by the live
        // action view: derived right after the approval, a view still behind it left an open action out (a CI run,
        // issue 15), and the package was not the one derived a moment later
        readYourWrites.ifAvailable(views -> views.await(position, ActionProjection.PROCESSING_GROUP,
                MinutesProjection.PROCESSING_GROUP));
        MinutesView view = minutes.handle(new FindMinutes(meetingId, approvedAt));
        byte[] referatPdf = pdf.render(view, new ArchivalStamp(approvedAt,
                "protokol-arkivversion:" + meetingId + ":" + position));
        byte[] referatJson = canonicalJson(view);
        byte[] haendelser = ndjson(events);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(PDF, referatPdf);
        files.put(JSON, referatJson);
        files.put(EVENTS, haendelser);
        List<MinutesView.Attachment> attachments = view.agenda().stream()
                .flatMap(item -> item.attachments().stream()).toList();
        for (MinutesView.Attachment attachment : attachments) {
            files.computeIfAbsent(ATTACHMENTS + attachment.sha256(), name -> content(attachment.sha256()));
        }
        files.put(MANIFEST, manifest(meetingId, view, approved, events, files, attachments));
        return new Package(meetingId, position, approvedAt, approved.hash(), zip(files, approvedAt));
    }

    private List<Line> stream(MeetingId meetingId) {
        return jdbc.query("SELECT e.global_index, e.event_identifier, e.type, e.aggregate_identifier, "
                        + "e.sequence_number, e.time_stamp, e.payload_type, e.payload_revision, e.payload, e.meta_data, "
                        + "c.global_index AS chained, c.previous_index, c.hash, p.hash AS previous_hash "
                        + "FROM domain_event_entry e "
                        + "LEFT JOIN audit_chain c ON c.global_index = e.global_index "
                        + "LEFT JOIN audit_chain p ON p.global_index = c.previous_index "
                        + "WHERE e.aggregate_identifier = ? AND e.type = 'Meeting' ORDER BY e.sequence_number",
                (row, n) -> {
                    StoredEvent event = ChainStore.event(row);
                    row.getLong("chained");
                    ChainLink link = null;
                    byte[] previousHash = null;
                    if (!row.wasNull()) {
                        long previous = row.getLong("previous_index");
                        Long previousPosition = row.wasNull() ? null : previous;
                        link = new ChainLink(previousPosition, row.getBytes("hash"));
                        previousHash = previousPosition == null ? ChainHash.GENESIS : row.getBytes("previous_hash");
                    }
                    return new Line(event.sequenceNumber(), event.payloadType(),
                            ExportLine.of(event, link, previousHash));
                }, meetingId.toString());
    }

    /** The minutes as the API writes them (the application's mapper), keys sorted, so the bytes never depend on it. */
    private byte[] canonicalJson(MinutesView view) {
        try {
            return (json.writer(PRETTY).writeValueAsString(sorted(json.valueToTree(view))) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode sorted(JsonNode node) {
        if (node instanceof ObjectNode object) {
            TreeMap<String, JsonNode> fields = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                fields.put(field.getKey(), sorted(field.getValue()));
            }
            ObjectNode copy = json.createObjectNode();
            fields.forEach(copy::set);
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = json.createArrayNode();
            array.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }

    private static byte[] ndjson(List<ExportLine> events) {
        StringBuilder text = new StringBuilder();
        for (ExportLine event : events) {
            text.append(event.toJson()).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A bilag's bytes as stored with the event that names them. */
    private byte[] content(String sha256) {
        return jdbc.query("SELECT content FROM attachment_content WHERE sha256 = ?", (row, n) -> row.getBytes(1),
                sha256).stream().findFirst().orElseThrow(() -> new IllegalStateException("Bilag " + sha256
                + " is named by an event but not stored"));
    }

    private static byte[] manifest(MeetingId meetingId, MinutesView view, ExportLine approved,
                                   List<ExportLine> events, Map<String, byte[]> files,
                                   List<MinutesView.Attachment> attachments) {
        List<String> lines = new ArrayList<>();
        lines.add("Protokol – arkivversion af et godkendt referat");
        lines.add("Format: protokol-arkivversion-" + FORMAT);
        lines.add("");
        lines.add("Møde: " + meetingId);
        lines.add("Organ: " + (view.bodyName() == null ? "–" : view.bodyName()));
        lines.add("Mødedato: " + (view.start() == null ? "–" : view.start().toLocalDate()));
        lines.add("Referatet godkendt: " + approved.timestamp());
        lines.add("Godkendelsens position i hændelsesloggen: " + approved.position()
                + " (hændelse nr. " + approved.sequenceNumber() + " i mødets strøm, talt fra 0)");
        lines.add("Kædens hash på godkendelsens position: " + (approved.hash() == null ? "– (ikke i kæden)"
                : approved.hash()));
        lines.add("Hændelser: " + events.size() + ", position " + events.get(0).position() + " til "
                + approved.position());
        lines.add("");
        lines.add("Filer (SHA-256, i sha256sum's form):");
        files.forEach((name, bytes) -> lines.add(HEX.formatHex(sha256(bytes)) + "  " + name));
        lines.add("");
        lines.add("Indhold:");
        lines.add(PDF + "        referatet som PDF/A-2u, som det forelå ved godkendelsen");
        lines.add(JSON + "       referatet som JSON, som GET /api/meetings/" + meetingId + "/minutes?asOf="
                + approved.timestamp() + " svarer (nøgler i alfabetisk orden)");
        lines.add(EVENTS + "  mødets hændelser til og med godkendelsen, én pr. linje, præcis som lagret,");
        lines.add("                   med position, den forrige hash i kæden (previousHash) og hændelsens hash");
        if (!attachments.isEmpty()) {
            lines.add(ATTACHMENTS + "<sha256>    punkternes bilag, hvert én gang, navngivet efter SHA-256 af indholdet:");
            for (MinutesView.Attachment attachment : attachments) {
                lines.add("                   " + attachment.label() + ": " + attachment.fileName() + " ("
                        + attachment.contentType() + (attachment.withdrawn() ? ", trukket tilbage" : "") + ") = "
                        + ATTACHMENTS + attachment.sha256());
            }
        }
        lines.add("");
        lines.add("Sådan kontrolleres pakken:");
        lines.add("1. Filerne: sha256sum -c med linjerne under \"Filer\" ovenfor.");
        lines.add("2. Hver hændelse: hash = SHA-256(previousHash || kanonisk(hændelsen)), hvor kanonisk er");
        lines.add("   markøren \"protokol-chain-1\", position (8 byte), eventIdentifier, aggregateType,");
        lines.add("   aggregateIdentifier, sequenceNumber (8 byte), timestamp, payloadType, payloadRevision,");
        lines.add("   payload og metaData; tal big-endian, tekst som UTF-8, hvert felt med sin længde (4 byte,");
        lines.add("   -1 for intet) foran. Den første hændelse i kæden bygger på 32 nul-byte.");
        lines.add("3. Mod hele kæden: hent eksporten (GET /api/audit/export.ndjson), kontrollér den uden for");
        lines.add("   systemet med java -jar protokol.jar verify eksport.ndjson [--checkpoint kontrolpunkt.txt];");
        lines.add("   hver linje i " + EVENTS + " står uændret i eksporten, og eksportens hash på position "
                + approved.position() + " er den ovenfor.");
        lines.add("4. Pakken dannes igen byte for byte: GET /api/meetings/" + meetingId + "/archive.zip.");
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Entries in the given order, stored, dated {@code at} in Danish time (DOS time only: no extra fields). */
    private static byte[] zip(Map<String, byte[]> files, Instant at) {
        LocalDateTime dated = LocalDateTime.ofInstant(at, DANISH_TIME).withNano(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                byte[] bytes = file.getValue();
                CRC32 crc = new CRC32();
                crc.update(bytes);
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(bytes.length);
                entry.setCompressedSize(bytes.length);
                entry.setCrc(crc.getValue());
                entry.setTimeLocal(dated);
                zip.putNextEntry(entry);
                zip.write(bytes);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
