package dk.protokol.web.actions;

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

/** The action list as it stands today: by status, and only the overdue ones when asked. */
@Controller
@PreAuthorize("@accessPolicy.canReadOrganisation(authentication)")
class ActionsPageController {

    private final Queries queries;

    ActionsPageController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping("/handlinger")
    String actions(@RequestParam(required = false) ActionStatus status,
                   @RequestParam(required = false) boolean overdue, Model model) {
        // an unticked box sends nothing: no filter on overdue, rather than "only those not overdue"
        ActionFilter filter = new ActionFilter(status, null, null, overdue ? Boolean.TRUE : null, null, null);
        model.addAttribute("status", status);
        model.addAttribute("overdue", overdue);
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("actions", queries.list(new FindActions(filter, null), ActionSummary.class));
        return "actions/list";
    }
}
