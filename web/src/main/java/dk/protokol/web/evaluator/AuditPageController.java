package dk.protokol.web.evaluator;

import dk.protokol.query.audit.AuditTrail;
import dk.protokol.query.audit.AuditTrail.AuditEvent;
import dk.protokol.query.audit.AuditTrail.Filter;
import dk.protokol.events.caller.Callers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The evaluator's page "Revision" (issue 12): the chain recomputed on request with its first bad position if any,
 * the last checkpoints (each as a statement to download and file outside the system, and one to record now), the
 * export to check offline, and the event log with who and in which request, filtered and paged. Evaluators and
 * administrators only, as the audit API.
 */
@Controller
@PreAuthorize("@accessPolicy.canReadEverything(authentication)")
class AuditPageController {

    static final String PAGE = "/evaluering/revision";
    private static final int LOG_PAGE = 50;

    private final ObjectProvider<AuditTrail> audit;
    private final Callers callers;

    /** The trail is looked up when the page is drawn: page tests of other pages start without it. */
    AuditPageController(ObjectProvider<AuditTrail> audit, Callers callers) {
        this.audit = audit;
        this.callers = callers;
    }

    @GetMapping(PAGE)
    String page(@RequestParam(required = false) String kontrol,
                @RequestParam(required = false) String aggregateId,
                @RequestParam(required = false) String fra,
                @RequestParam(required = false) String til,
                @RequestParam(required = false) Long efter,
                Model model) {
        AuditTrail trail = audit.getObject();
        if (kontrol != null) {
            model.addAttribute("verification", trail.verify(List.of()));
        }
        List<AuditTrail.CheckpointView> checkpoints = trail.checkpoints();
        model.addAttribute("checkpoints", checkpoints.subList(0, Math.min(10, checkpoints.size())));
        model.addAttribute("checkpointCount", checkpoints.size());

        LocalDate from = day(fra, "fra", model);
        LocalDate to = day(til, "til", model);
        String aggregate = aggregateId == null || aggregateId.isBlank() ? null : aggregateId.strip();
        List<AuditEvent> events = trail.events(new Filter(aggregate, efter == null || efter < 0 ? null : efter,
                LOG_PAGE + 1, start(from), to == null ? null : start(to.plusDays(1))));
        boolean more = events.size() > LOG_PAGE;
        List<AuditEvent> shown = more ? events.subList(0, LOG_PAGE) : events;
        model.addAttribute("events", shown);
        model.addAttribute("next", more ? shown.get(shown.size() - 1).position() : null);
        model.addAttribute("aggregateId", aggregate);
        model.addAttribute("fra", fra);
        model.addAttribute("til", til);
        model.addAttribute("zone", EvaluatorPageController.DANISH_TIME);
        model.addAttribute("section", "evaluering");
        return "evaluator/audit";
    }

    @PostMapping(PAGE + "/kontrolpunkt")
    String recordCheckpoint(RedirectAttributes redirect) {
        try {
            AuditTrail.CheckpointView recorded = audit.getObject().recordCheckpoint(callers.current().username(),
                    "on demand");
            redirect.addFlashAttribute("recorded", recorded.position());
        } catch (IllegalStateException empty) {
            // the trail's own refusal, the API's words: an empty chain has no head to record
            redirect.addFlashAttribute("checkpointRefused", empty.getMessage());
        }
        return "redirect:" + PAGE;
    }

    private static LocalDate day(String value, String field, Model model) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            model.addAttribute("dateError", field);
            return null;
        }
    }

    private static Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(EvaluatorPageController.DANISH_TIME).toInstant();
    }
}
