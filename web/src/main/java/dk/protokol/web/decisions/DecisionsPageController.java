package dk.protokol.web.decisions;

import dk.protokol.query.minutes.DecisionEntry;
import dk.protokol.events.query.minutes.FindDecisions;
import dk.protokol.web.common.Queries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The decision register: decisions whose text or item title holds every word searched for (all when blank). */
@Controller
@PreAuthorize("@accessPolicy.canReadOrganisation(authentication)")
class DecisionsPageController {

    private final Queries queries;

    DecisionsPageController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping("/beslutninger")
    String decisions(@RequestParam(required = false) String q, Model model) {
        String words = q == null || q.isBlank() ? null : q.strip();
        model.addAttribute("q", words);
        model.addAttribute("decisions", queries.list(new FindDecisions(words, null, null, null), DecisionEntry.class));
        return "decisions/search";
    }
}
