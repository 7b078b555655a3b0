package dk.protokol.query.minutes;

import dk.protokol.events.query.minutes.FindDecisions;
import dk.protokol.events.query.minutes.FindMeetings;
import dk.protokol.events.query.minutes.FindMinutes;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.query.actions.ActionProjection;
import dk.protokol.query.common.ReadYourWrites;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The meeting, minutes and decision register queries of API.md. {@code asOf} is recording time (the
 * minutes as they stood then, before or after a correction); {@code minPosition} waits for the live view
 * to include a command's events. An as-of answer is read from the store itself and needs no waiting.
 * For now anyone signed in may read; per-body read rules come later.
 */
@RestController
@RequestMapping("/api")
@PreAuthorize("@accessPolicy.canReadOrganisation(authentication)")
public class MinutesQueryController {

    private final MinutesQueries queries;
    private final ReadYourWrites readYourWrites;

    public MinutesQueryController(MinutesQueries queries, ReadYourWrites readYourWrites) {
        this.queries = queries;
        this.readYourWrites = readYourWrites;
    }

    /** Meetings ordered by start; {@code from}/{@code to} are dates of the start, both included. */
    @GetMapping("/meetings")
    public ResponseEntity<List<MeetingSummary>> meetings(
            @RequestParam(required = false) UUID bodyId,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long minPosition) {
        return readYourWrites.answer(minPosition, null,
                () -> queries.handle(new FindMeetings(BodyId.ofNullable(bodyId), from, to)),
                MinutesProjection.PROCESSING_GROUP, OpenMinutes.PROCESSING_GROUP);
    }

    @GetMapping("/meetings/{id}/minutes")
    public ResponseEntity<MinutesView> minutes(
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) Instant asOf,
            @RequestParam(required = false) Long minPosition) {
        // the follow-up section is read from the action view: a progress report waits for that one too
        return readYourWrites.answer(minPosition, asOf, () -> queries.handle(new FindMinutes(MeetingId.of(id), asOf)),
                MinutesProjection.PROCESSING_GROUP, ActionProjection.PROCESSING_GROUP, OpenMinutes.PROCESSING_GROUP);
    }

    /**
     * The decision register: Danish full-text search in {@code q}; {@code from}/{@code to} dates of the meeting;
     * {@code asOf} the register as recorded at that instant.
     */
    @GetMapping("/decisions")
    public ResponseEntity<List<DecisionEntry>> decisions(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) UUID bodyId,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) Instant asOf,
            @RequestParam(required = false) Long minPosition) {
        return readYourWrites.answer(minPosition, asOf,
                () -> queries.handle(new FindDecisions(q, BodyId.ofNullable(bodyId), from, to, asOf)),
                DecisionProjection.PROCESSING_GROUP);
    }

}
