package dk.protokol.web.evaluator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.query.actions.ActionDetail;
import dk.protokol.events.query.actions.ActionFilter;
import dk.protokol.query.actions.ActionSummary;
import dk.protokol.events.query.actions.FindAction;
import dk.protokol.events.query.actions.FindActions;
import dk.protokol.query.organisation.BodySummary;
import dk.protokol.events.query.organisation.FindBodies;
import dk.protokol.query.statistics.BodyStatistics;
import dk.protokol.events.query.statistics.FindStatistics;
import dk.protokol.web.common.Queries;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The evaluator's pages: a starting point that leads to the replaying pages (organisation chart on a date,
 * minutes as registered at a moment, decision search), an action's history (who did what, when), and a body's
 * figures over a period as charts with the same figures in tables beside them.
 * <p>
 * The charts' numbers reach the page's script in a JSON data block ({@code type="application/json"}), which a
 * browser never runs, so the content security policy allows it; the drawing code is the static file
 * {@code /review/statistik.js}.
 */
@Controller
@PreAuthorize("@accessPolicy.canReadOrganisation(authentication)")
class EvaluatorPageController {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private final Queries queries;
    private final MessageSource messages;

    EvaluatorPageController(Queries queries, MessageSource messages) {
        this.queries = queries;
        this.messages = messages;
    }

    @GetMapping("/evaluering")
    String start(Model model) {
        model.addAttribute("bodies", bodies());
        model.addAttribute("actions", queries.list(new FindActions(ActionFilter.none(), null), ActionSummary.class));
        return "evaluator/start";
    }

    @GetMapping("/evaluering/handlinger/{id}")
    String actionHistory(@PathVariable UUID id, Model model) {
        model.addAttribute("action", queries.one(new FindAction(ActionId.of(id), null), ActionDetail.class));
        model.addAttribute("zone", DANISH_TIME);
        return "evaluator/action-history";
    }

    @GetMapping("/evaluering/statistik")
    String statistics(@RequestParam(required = false) UUID bodyId,
                      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                      Model model) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Fra-datoen ligger efter til-datoen.");
        }
        model.addAttribute("bodies", bodies());
        model.addAttribute("bodyId", bodyId);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        if (bodyId != null) {
            BodyStatistics figures = queries.one(new FindStatistics(BodyId.of(bodyId), from, to),
                    BodyStatistics.class);
            model.addAttribute("figures", figures);
            model.addAttribute("chartData", chartData(figures, LocaleContextHolder.getLocale()));
        }
        return "evaluator/statistics";
    }

    private List<BodySummary> bodies() {
        return queries.list(new FindBodies(null, null, null, true), BodySummary.class);
    }

    /**
     * The charts' data as JSON for a {@code <script type="application/json">} block. "<" is written as an escape,
     * so that no name can close the block.
     */
    String chartData(BodyStatistics figures, Locale locale) {
        Map<String, Object> data = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        List<Integer> expected = new ArrayList<>();
        List<Integer> present = new ArrayList<>();
        List<Integer> substituted = new ArrayList<>();
        for (BodyStatistics.Member member : figures.attendance().members()) {
            names.add(member.person().name() != null ? member.person().name() : text("person.unknown", locale));
            expected.add(member.expected());
            present.add(member.present());
            substituted.add(member.substituted());
        }
        data.put("attendance", Map.of(
                "labels", names,
                "series", List.of(
                        Map.of("label", text("evaluator.stats.expected", locale), "data", expected),
                        Map.of("label", text("evaluator.stats.present", locale), "data", present),
                        Map.of("label", text("evaluator.stats.substituted", locale), "data", substituted))));
        BodyStatistics.Meetings meetings = figures.meetings();
        BodyStatistics.Actions actions = figures.actions();
        data.put("keyFigures", Map.of(
                "labels", List.of(text("evaluator.stats.chart.meetings", locale),
                        text("evaluator.stats.chart.actions", locale)),
                "series", List.of(
                        Map.of("label", text("evaluator.stats.chart.target", locale), "data",
                                java.util.Arrays.asList(meetings.expected(), (double) actions.due())),
                        Map.of("label", text("evaluator.stats.chart.achieved", locale), "data",
                                List.of((double) meetings.held(), (double) actions.completedByDueDate())))));
        try {
            return JSON.writeValueAsString(data).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
