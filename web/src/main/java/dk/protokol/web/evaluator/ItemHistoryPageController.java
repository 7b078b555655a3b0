package dk.protokol.web.evaluator;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.query.history.FindAgendaItemHistory;
import dk.protokol.events.query.history.FindBodyHistory;
import dk.protokol.events.query.history.FindDecisionHistory;
import dk.protokol.events.query.history.FindMeetingHistory;
import dk.protokol.events.query.history.FindPersonHistory;
import dk.protokol.query.history.ItemHistory;
import dk.protokol.web.common.AsOf;
import dk.protokol.web.common.Queries;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.function.Function;

/**
 * The history of any item for the evaluator (issue 5): a meeting, one of its agenda items or decisions, a body or a
 * person, as a table of who did what, when (in Danish time), oldest first, the entries told in the page's language.
 * {@code asOf} is a local Danish date and time as a {@code datetime-local} control sends it: the history as
 * registered by then. Read like the minutes it is linked from: anyone signed in.
 */
@Controller
@PreAuthorize("@accessPolicy.canReadOrganisation(authentication)")
class ItemHistoryPageController {

    private final Queries queries;

    ItemHistoryPageController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping("/evaluering/historik/moeder/{id}")
    String meeting(@PathVariable UUID id, @RequestParam(required = false) String asOf, Model model) {
        return page(asOf, model, at -> new FindMeetingHistory(MeetingId.of(id), at, language()));
    }

    @GetMapping("/evaluering/historik/moeder/{id}/punkter/{itemId}")
    String agendaItem(@PathVariable UUID id, @PathVariable UUID itemId, @RequestParam(required = false) String asOf,
                      Model model) {
        return page(asOf, model,
                at -> new FindAgendaItemHistory(MeetingId.of(id), AgendaItemId.of(itemId), at, language()));
    }

    @GetMapping("/evaluering/historik/moeder/{id}/beslutninger/{decisionId}")
    String decision(@PathVariable UUID id, @PathVariable UUID decisionId, @RequestParam(required = false) String asOf,
                    Model model) {
        return page(asOf, model,
                at -> new FindDecisionHistory(MeetingId.of(id), DecisionId.of(decisionId), at, language()));
    }

    @GetMapping("/evaluering/historik/organer/{id}")
    String body(@PathVariable UUID id, @RequestParam(required = false) String asOf, Model model) {
        return page(asOf, model, at -> new FindBodyHistory(BodyId.of(id), at, language()));
    }

    @GetMapping("/evaluering/historik/personer/{id}")
    String person(@PathVariable UUID id, @RequestParam(required = false) String asOf, Model model) {
        return page(asOf, model, at -> new FindPersonHistory(PersonId.of(id), at, language()));
    }

    private String page(String asOf, Model model, Function<Instant, Object> query) {
        LocalDateTime registeredBy = AsOf.parse(asOf);
        model.addAttribute("history", queries.one(query.apply(AsOf.instant(registeredBy)), ItemHistory.class));
        model.addAttribute("asOf", registeredBy);
        model.addAttribute("zone", AsOf.DANISH_TIME);
        return "evaluator/item-history";
    }

    /** The page's language, in which the read side tells the entries (Danish unless the reader chose English). */
    private static String language() {
        return LocaleContextHolder.getLocale().toLanguageTag();
    }
}
