package dk.protokol.query.history;

import dk.protokol.events.query.history.FindAgendaItemHistory;
import dk.protokol.events.query.history.FindBodyHistory;
import dk.protokol.events.query.history.FindDecisionHistory;
import dk.protokol.events.query.history.FindMeetingHistory;
import dk.protokol.events.query.history.FindPersonHistory;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
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
import java.util.UUID;

/**
 * The history of one meeting, agenda item, decision, body or person: who did what, when (issue 5, the evaluator's
 * "history of any item"). Read from the event store itself, so it needs no waiting for a projection; only the
 * names are read from the people and bodies views, and {@code minPosition} waits for those (as
 * {@link ReadYourWrites#await} always does). {@code asOf} is recording time: the history as the system knew it then. The entries are told in Danish, or in English with
 * {@code lang=en} (the API's own messages, such as a 404's, stay Danish). Read like the minutes: anyone signed in.
 */
@RestController
@RequestMapping("/api/history")
@PreAuthorize("@accessPolicy.canReadOrganisation(authentication)")
public class ItemHistoryController {

    private final ItemHistoryQueries queries;
    private final ReadYourWrites readYourWrites;

    public ItemHistoryController(ItemHistoryQueries queries, ReadYourWrites readYourWrites) {
        this.queries = queries;
        this.readYourWrites = readYourWrites;
    }

    @GetMapping("/meetings/{id}")
    public ResponseEntity<ItemHistory> meeting(
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) Instant asOf,
            @RequestParam(required = false) Long minPosition,
            @RequestParam(required = false) String lang) {
        return readYourWrites.answer(minPosition, null,
                () -> queries.handle(new FindMeetingHistory(MeetingId.of(id), asOf, lang)));
    }

    @GetMapping("/meetings/{id}/items/{itemId}")
    public ResponseEntity<ItemHistory> agendaItem(
            @PathVariable UUID id,
            @PathVariable UUID itemId,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) Instant asOf,
            @RequestParam(required = false) Long minPosition,
            @RequestParam(required = false) String lang) {
        return readYourWrites.answer(minPosition, null, () -> queries.handle(
                new FindAgendaItemHistory(MeetingId.of(id), AgendaItemId.of(itemId), asOf, lang)));
    }

    @GetMapping("/meetings/{id}/decisions/{decisionId}")
    public ResponseEntity<ItemHistory> decision(
            @PathVariable UUID id,
            @PathVariable UUID decisionId,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) Instant asOf,
            @RequestParam(required = false) Long minPosition,
            @RequestParam(required = false) String lang) {
        return readYourWrites.answer(minPosition, null, () -> queries.handle(
                new FindDecisionHistory(MeetingId.of(id), DecisionId.of(decisionId), asOf, lang)));
    }

    @GetMapping("/bodies/{id}")
    public ResponseEntity<ItemHistory> body(
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) Instant asOf,
            @RequestParam(required = false) Long minPosition,
            @RequestParam(required = false) String lang) {
        return readYourWrites.answer(minPosition, null,
                () -> queries.handle(new FindBodyHistory(BodyId.of(id), asOf, lang)));
    }

    @GetMapping("/people/{id}")
    public ResponseEntity<ItemHistory> person(
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) Instant asOf,
            @RequestParam(required = false) Long minPosition,
            @RequestParam(required = false) String lang) {
        return readYourWrites.answer(minPosition, null,
                () -> queries.handle(new FindPersonHistory(PersonId.of(id), asOf, lang)));
    }

}
