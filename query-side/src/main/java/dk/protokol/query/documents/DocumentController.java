package dk.protokol.query.documents;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.query.actions.ActionProjection;
import dk.protokol.query.common.NotFound;
import dk.protokol.query.common.ReadYourWrites;
import dk.protokol.events.query.minutes.FindMeetings;
import dk.protokol.events.query.minutes.FindMinutes;
import dk.protokol.query.minutes.MeetingSummary;
import dk.protokol.query.minutes.MinutesProjection;
import dk.protokol.query.minutes.OpenMinutes;
import dk.protokol.query.minutes.MinutesQueries;
import dk.protokol.query.minutes.MinutesView;
import dk.protokol.query.organisation.BodyProjection;
import dk.protokol.query.organisation.BodyView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The minutes and meetings as documents (API.md): the referat as PDF and Markdown, {@code asOf} giving the
 * minutes as they stood at that recording instant (before or after a correction), and calendars of one
 * meeting or of all a body's meetings. {@code minPosition} waits for the live minutes view to include a
 * command's events, as for {@code GET /api/meetings/{id}/minutes}.
 */
@RestController
@RequestMapping("/api")
@PreAuthorize("@accessPolicy.canReadOrganisation(authentication)")
public class DocumentController {

    static final MediaType TEXT_MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);
    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final MinutesQueries queries;
    private final BodyProjection bodies;
    private final ReadYourWrites readYourWrites;
    private final MinutesMarkdown markdown;
    private final MinutesPdf pdf;
    private final MeetingCalendar calendar;

    public DocumentController(MinutesQueries queries, BodyProjection bodies, ReadYourWrites readYourWrites,
                              MinutesMarkdown markdown, MinutesPdf pdf, MeetingCalendar calendar) {
        this.queries = queries;
        this.bodies = bodies;
        this.readYourWrites = readYourWrites;
        this.markdown = markdown;
        this.pdf = pdf;
        this.calendar = calendar;
    }

    @GetMapping(value = "/meetings/{id}/minutes.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    public ResponseEntity<byte[]> minutesPdf(
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) Instant asOf,
            @RequestParam(required = false) Long minPosition) {
        boolean current = minutesCaughtUp(minPosition, asOf);
        MinutesView minutes = queries.handle(new FindMinutes(MeetingId.of(id), asOf));
        return document(current, MediaType.APPLICATION_PDF,
                ContentDisposition.inline().filename(minutesFileName(minutes, "pdf")).build(), pdf.render(minutes));
    }

    @GetMapping(value = "/meetings/{id}/minutes.md", produces = "text/markdown")
    public ResponseEntity<String> minutesMarkdown(
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) Instant asOf,
            @RequestParam(required = false) Long minPosition) {
        boolean current = minutesCaughtUp(minPosition, asOf);
        MinutesView minutes = queries.handle(new FindMinutes(MeetingId.of(id), asOf));
        return document(current, TEXT_MARKDOWN,
                ContentDisposition.attachment().filename(minutesFileName(minutes, "md")).build(),
                markdown.render(minutes));
    }

    @GetMapping(value = "/meetings/{id}.ics", produces = "text/calendar")
    public ResponseEntity<String> meetingCalendar(@PathVariable UUID id,
                                                  @RequestParam(required = false) Long minPosition) {
        boolean current = caughtUp(minPosition, null);
        MinutesView minutes = queries.withoutFollowUp(new FindMinutes(MeetingId.of(id), null));
        String name = join("moede", MinutesText.slug(minutes.bodyName()), date(minutes.start()));
        return document(current, TEXT_CALENDAR, ContentDisposition.attachment().filename(name + ".ics").build(),
                calendar.render(CalendarEntry.of(minutes)));
    }

    /** Every meeting of the body, cancelled ones included (marked so), each with its agenda. */
    @GetMapping(value = "/bodies/{id}/meetings.ics", produces = "text/calendar")
    public ResponseEntity<String> bodyCalendar(@PathVariable UUID id,
                                               @RequestParam(required = false) Long minPosition) {
        boolean current = caughtUp(minPosition, null);
        BodyView body = bodies.find(BodyId.of(id))
                .orElseThrow(() -> new NotFound("Organet findes ikke: " + id));
        List<MeetingSummary> meetings = queries.handle(new FindMeetings(body.id(), null, null));
        List<CalendarEntry> entries = meetings.stream()
                .map(meeting -> CalendarEntry.of(queries.withoutFollowUp(new FindMinutes(meeting.id(), null))))
                .toList();
        String name = join("moeder", MinutesText.slug(body.name()));
        return document(current, TEXT_CALENDAR, ContentDisposition.attachment().filename(name + ".ics").build(),
                calendar.render(MinutesText.bodyName(body.name()) + " – møder", entries));
    }

    private boolean caughtUp(Long minPosition, Instant asOf) {
        return minPosition == null || asOf != null
                || readYourWrites.await(minPosition, MinutesProjection.PROCESSING_GROUP, OpenMinutes.PROCESSING_GROUP);
    }

    /** The minutes as a document include the follow-up section, read from the action view. */
    private boolean minutesCaughtUp(Long minPosition, Instant asOf) {
        return minPosition == null || asOf != null || readYourWrites.await(minPosition,
                MinutesProjection.PROCESSING_GROUP, ActionProjection.PROCESSING_GROUP, OpenMinutes.PROCESSING_GROUP);
    }

    private static <T> ResponseEntity<T> document(boolean current, MediaType type, ContentDisposition disposition,
                                                  T body) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString());
        if (!current) {
            answer.header(ReadYourWrites.STALE_HEADER, "true");
        }
        return answer.body(body);
    }

    /** "referat-boligpolitisk-styregruppe-2026-12-03.pdf": ASCII only, so every browser keeps it. */
    public static String minutesFileName(MinutesView minutes, String extension) {
        return join("referat", MinutesText.slug(minutes.bodyName()), date(minutes.start())) + "." + extension;
    }

    private static String date(LocalDateTime start) {
        return start == null ? "" : start.toLocalDate().toString();
    }

    private static String join(String... parts) {
        return String.join("-", Arrays.stream(parts).filter(part -> !part.isEmpty()).toList());
    }
}
