package dk.protokol.query.minutes;

import dk.protokol.events.ids.AttachmentId;
import dk.protokol.query.common.ReadYourWrites;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * {@code GET /api/attachments/{id}}: a bilag's bytes with the type found in its content, its name in
 * {@code Content-Disposition} (RFC 6987/5987 encoded, so any name is safe in the header) and
 * {@code X-Content-Type-Options: nosniff}; for those who may read the meeting's minutes. {@code minPosition} waits for
 * an upload's position as the minutes do; {@code download=true} asks for a download instead of showing in the browser. PDF and images open in the
 * browser ({@code inline}), office files are saved.
 */
@RestController
@PreAuthorize("@accessPolicy.canReadOrganisation(authentication)")
@Tag(name = "Møder", description = "Møder, dagsordener og referater / meetings and minutes")
public class AttachmentController {

    private final MinutesQueries queries;
    private final ReadYourWrites readYourWrites;

    public AttachmentController(MinutesQueries queries, ReadYourWrites readYourWrites) {
        this.queries = queries;
        this.readYourWrites = readYourWrites;
    }

    /**
     * The same download for the pages and links in mails: signed in with the pages' session (a link opened from a mail
     * goes through the login and back). Not an API operation, so not in the OpenAPI description.
     */
    @GetMapping("/bilag/{id}")
    @Operation(hidden = true)
    public ResponseEntity<byte[]> downloadFromThePages(@PathVariable UUID id,
                                                       @RequestParam(required = false) Boolean download) {
        return download(id, download, null);
    }

    @GetMapping("/api/attachments/{id}")
    @Operation(summary = "Henter et bilag / downloads a bilag",
            description = "Filen med den type, der er fundet i indholdet, og det navn, den blev uploadet med.")
    public ResponseEntity<byte[]> download(@PathVariable UUID id,
                                           @RequestParam(required = false) Boolean download,
                                           @RequestParam(required = false) Long minPosition) {
        boolean current = minPosition == null || readYourWrites.await(minPosition,
                MinutesProjection.PROCESSING_GROUP, OpenMinutes.PROCESSING_GROUP,
                dk.protokol.query.actions.ActionProjection.PROCESSING_GROUP);
        return answer(queries.attachment(AttachmentId.of(id)), download, current);
    }

    /** The bytes with their stored type and name, shown in the browser (PDF, images) unless a download is asked. */
    public static ResponseEntity<byte[]> answer(AttachmentDownload found, Boolean download, boolean current) {
        MinutesView.Attachment attachment = found.attachment();
        MediaType type = MediaType.parseMediaType(attachment.contentType());
        boolean inline = !Boolean.TRUE.equals(download) && (type.equals(MediaType.APPLICATION_PDF)
                || "image".equals(type.getType()));
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(attachment.fileName(), StandardCharsets.UTF_8).build();
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (!current) {
            answer.header(ReadYourWrites.STALE_HEADER, "true");
        }
        return answer
                .contentType(type)
                .contentLength(found.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.ETAG, "\"" + attachment.sha256() + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .body(found.content());
    }
}
