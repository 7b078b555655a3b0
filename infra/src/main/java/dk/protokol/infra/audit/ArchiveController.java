package dk.protokol.infra.audit;

import dk.protokol.events.ids.MeetingId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.HexFormat;
import java.util.UUID;

/**
 * The archive version of approved minutes (issue 12, item 9) for evaluators and administrators: derived on each
 * request from the events as they stood at the approval, so the same request gives the same bytes for ever.
 */
@RestController
@PreAuthorize("@accessPolicy.canReadEverything(authentication)")
@Tag(name = "Revision", description = "Hændelsesloggen, revisionskæden og eksporten / the audit log, chain and export")
class ArchiveController {

    static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final ArchiveVersion archive;

    ArchiveController(ArchiveVersion archive) {
        this.archive = archive;
    }

    /**
     * The same package for the minutes page's link: signed in with the pages' session (the API path takes credentials
     * on every request and no session). Not an API operation, so not in the OpenAPI description.
     */
    @GetMapping(path = "/moeder/{id}/arkivversion.zip", produces = "application/zip")
    @Operation(hidden = true)
    ResponseEntity<byte[]> archiveFromThePages(@PathVariable UUID id) {
        return archive(id);
    }

    @GetMapping(path = "/api/meetings/{id}/archive.zip", produces = "application/zip")
    @Operation(summary = "Arkivversionen af det godkendte referat / the archive version of approved minutes",
            description = "En ZIP med referat.pdf (PDF/A-2u) og referat.json som referatet forelå ved godkendelsen, "
                    + "haendelser.ndjson (mødets hændelser til og med godkendelsen med position og kædens hash) og "
                    + "MANIFEST.txt (SHA-256 af filerne og hvordan de kontrolleres). Dannes igen byte for byte. "
                    + "404: mødet findes ikke; 409: referatet er ikke godkendt.")
    ResponseEntity<byte[]> archive(@PathVariable UUID id) {
        ArchiveVersion.Package archived = archive.derive(MeetingId.of(id));
        return ResponseEntity.ok()
                .contentType(ZIP)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(archived.fileName()).build().toString())
                .eTag("\"" + HexFormat.of().formatHex(ArchiveVersion.sha256(archived.zip())) + "\"")
                .body(archived.zip());
    }
}
