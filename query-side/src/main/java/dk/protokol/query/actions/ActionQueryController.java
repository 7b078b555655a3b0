package dk.protokol.query.actions;

import dk.protokol.events.query.actions.ActionFilter;
import dk.protokol.events.query.actions.ActionStatus;
import dk.protokol.events.query.actions.FindAction;
import dk.protokol.events.query.actions.FindActionOverview;
import dk.protokol.events.query.actions.FindActions;
import dk.protokol.events.caller.Callers;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.query.common.InvalidQuery;
import dk.protokol.query.common.ReadYourWrites;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The action queries of API.md "Actions and cases", plus the caller's own actions and the chair's overview.
 * Every filter is judged on the business day {@code on} (default today in Danish time): the status, owner
 * and due date each action had that day; {@code overdue} means open that day and due before it.
 * {@code asOf} is recording time: the actions as the system knew them then. {@code minPosition} waits for
 * the live view to include a command's events; an as-of answer is read from the store and needs no wait.
 * For now anyone signed in may read; per-body rules come later. {@code limit} (1–{@value #MAX_LIMIT}) and
 * {@code after} (the id of the previous page's last line) page the list in its order (issue 15); without, the whole
 * list as before.
 */
@RestController
@RequestMapping("/api")
@PreAuthorize("@accessPolicy.canReadOrganisation(authentication)")
public class ActionQueryController {

    /** The most lines one page of {@code GET /api/actions} holds ({@code limit}). */
    public static final int MAX_LIMIT = 1000;

    private final ActionQueries queries;
    private final ReadYourWrites readYourWrites;
    private final Callers callers;
    private final Clock clock;

    public ActionQueryController(ActionQueries queries, ReadYourWrites readYourWrites, Callers callers,
                                 Clock clock) {
        this.queries = queries;
        this.readYourWrites = readYourWrites;
        this.callers = callers;
        this.clock = clock;
    }

    @GetMapping("/actions")
    public ResponseEntity<List<ActionSummary>> actions(
            @RequestParam(required = false) ActionStatus status,
            @RequestParam(required = false) UUID bodyId,
            @RequestParam(required = false) UUID ownerId,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate dueBefore,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) Instant asOf,
            @RequestParam(required = false) Long minPosition,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) UUID after) {
        ActionFilter filter = filter(status, bodyId, ownerId, overdue, dueBefore, on);
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw InvalidQuery.of("limit", "limit skal være mellem 1 og " + MAX_LIMIT + ".");
        }
        if (after != null && limit == null) {
            throw InvalidQuery.of("after", "after bruges sammen med limit.");
        }
        return readYourWrites.answer(minPosition, asOf,
                () -> queries.handle(new FindActions(filter, asOf, limit, ActionId.ofNullable(after))),
                ActionProjection.PROCESSING_GROUP);
    }

    /** The same lines as {@code GET /api/actions} with the same filters, as a spreadsheet (see {@link ActionCsv}). */
    @GetMapping("/actions.csv")
    public ResponseEntity<byte[]> actionsCsv(
            @RequestParam(required = false) ActionStatus status,
            @RequestParam(required = false) UUID bodyId,
            @RequestParam(required = false) UUID ownerId,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate dueBefore,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) Instant asOf,
            @RequestParam(required = false) Long minPosition) {
        ActionFilter filter = filter(status, bodyId, ownerId, overdue, dueBefore, on);
        ResponseEntity<List<ActionSummary>> list = readYourWrites.answer(minPosition, asOf,
                () -> queries.handle(new FindActions(filter, asOf)), ActionProjection.PROCESSING_GROUP);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ActionCsv.write(list.getBody(), csv);
        LocalDate day = on != null ? on : LocalDate.now(clock);
        return ResponseEntity.ok()
                .headers(list.getHeaders())
                .header(HttpHeaders.CONTENT_TYPE, ActionCsv.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(ActionCsv.fileName(day)).build().toString())
                .body(csv.toByteArray());
    }

    @GetMapping("/actions/{id}")
    public ResponseEntity<ActionDetail> action(
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) Instant asOf,
            @RequestParam(required = false) Long minPosition) {
        return readYourWrites.answer(minPosition, asOf,
                () -> queries.handle(new FindAction(ActionId.of(id), asOf)), ActionProjection.PROCESSING_GROUP);
    }

    /**
     * The caller's own actions: those they owned on {@code on}, with the other filters of the list. An
     * account that is not linked to a person owns none.
     */
    @GetMapping("/my/actions")
    public ResponseEntity<List<ActionSummary>> myActions(
            @RequestParam(required = false) ActionStatus status,
            @RequestParam(required = false) UUID bodyId,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate dueBefore,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) Instant asOf,
            @RequestParam(required = false) Long minPosition) {
        Optional<PersonId> me = callers.current().person();
        if (me.isEmpty()) {
            return ResponseEntity.ok(List.of());
        }
        ActionFilter filter = filter(status, bodyId, me.get().value(), overdue, dueBefore, on);
        return readYourWrites.answer(minPosition, asOf,
                () -> queries.handle(new FindActions(filter, asOf)), ActionProjection.PROCESSING_GROUP);
    }

    /** The chair's overview of one body's actions on {@code on}: open, overdue, completed in the last 90 days. */
    @GetMapping("/bodies/{id}/actions/overview")
    public ResponseEntity<ActionOverview> overview(
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) Instant asOf,
            @RequestParam(required = false) Long minPosition) {
        return readYourWrites.answer(minPosition, asOf,
                () -> queries.handle(new FindActionOverview(BodyId.of(id), on, asOf)), ActionProjection.PROCESSING_GROUP);
    }

    private static ActionFilter filter(ActionStatus status, UUID bodyId, UUID ownerId, Boolean overdue,
                                       LocalDate dueBefore, LocalDate on) {
        return new ActionFilter(status, BodyId.ofNullable(bodyId),
                PersonId.ofNullable(ownerId), overdue, dueBefore, on);
    }

}
