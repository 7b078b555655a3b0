package dk.protokol.query.publication;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.query.documents.DocumentController;
import dk.protokol.query.documents.MinutesPdf;
import dk.protokol.events.ids.AttachmentId;
import dk.protokol.query.minutes.AttachmentController;
import dk.protokol.query.minutes.MinutesQueries;
import dk.protokol.query.minutes.MinutesView;
import dk.protokol.query.organisation.BodyView;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.UUID;

/**
 * The documents of a body's public page (issue 14), read without login: the PDF of published approved minutes and
 * the body's Atom feed of them. Only for a body that publishes its approved minutes and only approved minutes;
 * anything else answers 404, as the page does ({@link PublicationQueries}).
 */
@RestController
public class PublicationController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final MinutesQueries minutes;
    private final PublicationQueries publication;
    private final MinutesPdf pdf;

    public PublicationController(MinutesQueries minutes, PublicationQueries publication, MinutesPdf pdf) {
        this.minutes = minutes;
        this.publication = publication;
        this.pdf = pdf;
    }

    @GetMapping(value = "/offentlig/organer/{bodyId}/moeder/{meetingId}/referat.pdf",
            produces = MediaType.APPLICATION_PDF_VALUE)
    public ResponseEntity<byte[]> minutesPdf(@PathVariable UUID bodyId, @PathVariable UUID meetingId) {
        MinutesView published = minutes.published(BodyId.of(bodyId), MeetingId.of(meetingId));
        String file = DocumentController.minutesFileName(published, "pdf");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(file).build().toString())
                .body(pdf.render(published));
    }

    @GetMapping("/offentlig/organer/{bodyId}/bilag/{attachmentId}")
    public ResponseEntity<byte[]> attachment(@PathVariable UUID bodyId, @PathVariable UUID attachmentId) {
        return AttachmentController.answer(minutes.publishedAttachment(BodyId.of(bodyId),
                AttachmentId.of(attachmentId)), null, true);
    }

    @GetMapping(value = "/offentlig/organer/{bodyId}/feed.atom", produces = "application/atom+xml")
    public ResponseEntity<String> feed(@PathVariable UUID bodyId) {
        BodyView body = publication.publishing(BodyId.of(bodyId));
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return ResponseEntity.ok().contentType(ATOM)
                .body(AtomFeed.of(body, minutes.published(body.id()), base));
    }
}
