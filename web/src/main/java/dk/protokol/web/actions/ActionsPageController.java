package dk.protokol.web.actions;

import dk.protokol.events.ids.ActionId;
import dk.protokol.events.query.actions.ActionFilter;
import dk.protokol.events.query.actions.ActionStatus;
import dk.protokol.query.actions.ActionSummary;
import dk.protokol.events.query.actions.FindActions;
import dk.protokol.web.common.Queries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;
import java.util.UUID;

/**
 * The action list as it stands today: by status, and only the overdue ones when asked; {@value #PAGE_SIZE} lines a
 * page, the next page after the last line shown ({@code efter}).
 */
@Controller
@PreAuthorize("@accessPolicy.canReadOrganisation(authentication)")
class ActionsPageController {

    /** Lines on one page of the list. */
    static final int PAGE_SIZE = 100;

    private final Queries queries;

    ActionsPageController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping("/handlinger")
    String actions(@RequestParam(required = false) ActionStatus status,
                   @RequestParam(required = false) boolean overdue,
                   @RequestParam(name = "efter", required = false) UUID after, Model model) {
        // an unticked box sends nothing: no filter on overdue, rather than "only those not overdue"
        ActionFilter filter = new ActionFilter(status, null, null, overdue ? Boolean.TRUE : null, null, null);
        model.addAttribute("status", status);
        model.addAttribute("overdue", overdue);
        model.addAttribute("statuses", ActionStatus.values());
        // a page at a time (issue 15): a partnership's list runs to thousands
        List<ActionSummary> actions = queries.list(new FindActions(filter, null, PAGE_SIZE + 1,
                ActionId.ofNullable(after)), ActionSummary.class);
        boolean more = actions.size() > PAGE_SIZE;
        List<ActionSummary> shown = more ? actions.subList(0, PAGE_SIZE) : actions;
        model.addAttribute("actions", shown);
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("next", more ? UriComponentsBuilder.fromPath("/handlinger")
                .queryParamIfPresent("status", java.util.Optional.ofNullable(status))
                .queryParamIfPresent("overdue", overdue ? java.util.Optional.of(true) : java.util.Optional.empty())
                .queryParam("efter", shown.get(shown.size() - 1).id().value())
                .build().toUriString() : null);
        return "actions/list";
    }
}
