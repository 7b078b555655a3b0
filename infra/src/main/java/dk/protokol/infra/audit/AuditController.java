package dk.protokol.infra.audit;

import dk.protokol.infra.web.PublicBaseUrl;
import dk.protokol.query.audit.AuditTrail;
import dk.protokol.query.audit.AuditTrail.AuditEvent;
import dk.protokol.query.audit.AuditTrail.CheckpointView;
import dk.protokol.query.audit.AuditTrail.Filter;
import dk.protokol.query.audit.AuditTrail.GivenCheckpoint;
import dk.protokol.query.audit.AuditTrail.Verification;
import dk.protokol.query.common.InvalidQuery;
import dk.protokol.query.common.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * The "Audit" part of API.md (issue 12): the event log, the chain recomputed, its checkpoints (recorded at an interval
 * and on demand, each as a printable statement) and the export an evaluator checks elsewhere. Evaluators and
 * administrators only.
 */
@RestController
@RequestMapping("/api/audit")
@PreAuthorize("@accessPolicy.canReadEverything(authentication)")
@Tag(name = "Revision", description = "Hændelsesloggen, revisionskæden og eksporten / the audit log, chain and export")
class AuditController {

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private final JdbcAuditTrail audit;
    private final PublicBaseUrl installation;

    AuditController(JdbcAuditTrail audit, PublicBaseUrl installation) {
        this.audit = audit;
        this.installation = installation;
    }

    @GetMapping("/events")
    @Operation(summary = "Hændelsesloggen / the event log",
            description = "Position, tid, type, aggregat, payload (som lagret; persondata forbliver krypteret), hvem, "
                    + "korrelation og kædens hash. Filtre: aggregateId, after (position), limit (højst 1000), "
                    + "from/to (dato eller tidspunkt, registreringstid).")
    List<AuditEvent> events(@RequestParam(required = false) String aggregateId,
                            @RequestParam(required = false) String after,
                            @RequestParam(required = false) String limit,
                            @RequestParam(required = false) String from,
                            @RequestParam(required = false) String to) {
        Long afterPosition = after == null ? null : number("after", after, 0, Long.MAX_VALUE);
        int size = limit == null ? Filter.DEFAULT_LIMIT : (int) number("limit", limit, 1, Filter.MAX_LIMIT);
        Instant fromTime = from == null ? null : instant("from", from, false);
        Instant toTime = to == null ? null : instant("to", to, true);
        if (fromTime != null && toTime != null && toTime.isBefore(fromTime)) {
            throw InvalidQuery.of("to", "Perioden slutter, før den begynder.");
        }
        return audit.events(new Filter(aggregateId == null || aggregateId.isBlank() ? null : aggregateId.strip(),
                afterPosition, size, fromTime, toTime));
    }

    @GetMapping("/verify")
    @Operation(summary = "Genberegner revisionskæden / recomputes the chain",
            description = "Svarer {verified, events, head, firstMismatch?}; sammenligner med de registrerede "
                    + "kontrolpunkter og, hvis givet, med et kontrolpunkt holdt uden for systemet (position, hash).")
    Verification verify(@RequestParam(required = false) String position,
                        @RequestParam(required = false) String hash) {
        if ((position == null) != (hash == null)) {
            throw InvalidQuery.of(position == null ? "position" : "hash",
                    "Et kontrolpunkt angives med både position og hash.");
        }
        List<GivenCheckpoint> given = position == null ? List.of()
                : List.of(new GivenCheckpoint(number("position", position, 1, Long.MAX_VALUE), hash("hash", hash)));
        return audit.verify(given);
    }

    record Progress(boolean running, long done, long total) {
    }

    @GetMapping("/verify/progress")
    @Operation(summary = "Hvor langt en igangværende genberegning er / progress of a running verification")
    Progress progress() {
        JdbcAuditTrail.VerifyProgress progress = audit.progress();
        return new Progress(progress.running(), progress.done(), progress.total());
    }

    @GetMapping("/checkpoints")
    @Operation(summary = "De registrerede kontrolpunkter, nyeste først / recorded checkpoints")
    List<CheckpointView> checkpoints() {
        return audit.checkpoints();
    }

    @PostMapping(path = "/checkpoints", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Sætter et kontrolpunkt ved kædens hoved / records a checkpoint now")
    ResponseEntity<CheckpointView> record(@RequestBody(required = false) Map<String, Object> request,
                                          Authentication authentication) {
        // {reason?}: any other field is refused (nothing is recorded for a request that was not understood)
        if (request != null) {
            for (String field : request.keySet()) {
                if (!field.equals("reason")) {
                    throw InvalidQuery.of(field, "Ukendt felt: et kontrolpunkt tager kun en begrundelse (reason).");
                }
            }
        }
        Object given = request == null ? null : request.get("reason");
        if (given != null && !(given instanceof String)) {
            throw InvalidQuery.of("reason", "Begrundelsen skal være tekst.");
        }
        String reason = given == null || ((String) given).isBlank() ? "on demand" : ((String) given).strip();
        if (reason.length() > 40) {
            throw InvalidQuery.of("reason", "Begrundelsen må højst være 40 tegn.");
        }
        try {
            return ResponseEntity.status(HttpStatus.CREATED).body(audit.recordCheckpoint(authentication.getName(),
                    reason));
        } catch (IllegalStateException empty) {
            // the trail's refusal, as the page shows it
            throw InvalidQuery.of("position", empty.getMessage());
        }
    }

    @GetMapping(path = "/checkpoints/{position}/statement", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "Kontrolpunktet som erklæring til at gemme uden for systemet / a printable statement")
    ResponseEntity<String> statement(@PathVariable String position) {
        long at = number("position", position, 1, Long.MAX_VALUE);
        CheckpointView view = audit.checkpoint(at)
                .orElseThrow(() -> new NotFound("Der er intet kontrolpunkt på position " + at + "."));
        Checkpoint checkpoint = new Checkpoint(view.position(), ChainHash.fromHex(view.hash()), view.events(),
                view.recordedAt(), view.recordedBy(), view.reason());
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("kontrolpunkt-" + at + ".txt").build().toString())
                .body(CheckpointStatement.write(checkpoint, installation.uri().toString()));
    }

    @GetMapping(path = "/export.ndjson", produces = "application/x-ndjson")
    @Operation(summary = "Hele hændelsesstrømmen, én hændelse pr. linje / the event stream as NDJSON",
            description = "Hver linje er en hændelse præcis som lagret med dens kædeled, så den kan kontrolleres "
                    + "uden for systemet: java -jar protokol.jar verify eksport.ndjson. fromPosition/toPosition "
                    + "giver et udsnit.")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String fromPosition,
                                                 @RequestParam(required = false) String toPosition) {
        Long from = fromPosition == null ? null : number("fromPosition", fromPosition, 1, Long.MAX_VALUE);
        Long to = toPosition == null ? null : number("toPosition", toPosition, 1, Long.MAX_VALUE);
        if (from != null && to != null && to < from) {
            throw InvalidQuery.of("toPosition", "Udsnittet slutter, før det begynder.");
        }
        StreamingResponseBody body = stream -> {
            BufferedWriter out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            audit.export(from, to, out);
            out.flush();
        };
        String name = "protokol-eksport" + (from == null && to == null ? "" : "-" + (from == null ? 1 : from) + "-"
                + (to == null ? "" : to)) + ".ndjson";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/x-ndjson"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(body);
    }

    private static long number(String field, String value, long min, long max) {
        try {
            long number = Long.parseLong(value.strip());
            if (number < min || number > max) {
                throw InvalidQuery.of(field, field + " skal ligge mellem " + min + " og " + max + ".");
            }
            return number;
        } catch (NumberFormatException e) {
            throw InvalidQuery.of(field, field + " skal være et helt tal.");
        }
    }

    private static String hash(String field, String value) {
        try {
            return ChainHash.hex(ChainHash.fromHex(value));
        } catch (IllegalArgumentException e) {
            throw InvalidQuery.of(field, "hash skal være 64 hexadecimale tegn (SHA-256).");
        }
    }

    /** A date (the day's start in Danish time; for {@code to}, the next day's start) or an ISO instant. */
    private static Instant instant(String field, String value, boolean end) {
        String text = value.strip();
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (end ? day.plusDays(1) : day).atStartOfDay(DANISH_TIME).toInstant();
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidQuery.of(field, field + " skal være en dato (2026-03-01) eller et tidspunkt "
                    + "(2026-03-01T10:00:00Z).");
        }
    }
}
