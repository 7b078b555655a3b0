package dk.protokol.web.admin;

import dk.protokol.query.operations.Operations;
import dk.protokol.events.caller.Callers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page "Drift" (issue 12): a rebuild of every view with its progress as a bar that follows
 * itself while it runs, and the parked events per processing group, retried or evicted (with a reason, refused with
 * the API's own message). Everything goes through the {@link Operations} port, which records each action with who.
 */
@Controller
@PreAuthorize("@accessPolicy.canManageAccounts(authentication)")
class OperationsAdminController {

    static final String PAGE = OrganisationAdminController.HOME + "/drift";

    private final ObjectProvider<Operations> operations;
    private final Callers callers;

    /** The port is looked up when a page is drawn: page tests of other pages start without it. */
    OperationsAdminController(ObjectProvider<Operations> operations, Callers callers) {
        this.operations = operations;
        this.callers = callers;
    }

    @GetMapping(PAGE)
    String page(Model model) {
        Operations ops = operations.getObject();
        model.addAttribute("progress", ops.rebuildProgress());
        model.addAttribute("groups", ops.deadLetterGroups());
        model.addAttribute("sequences", ops.deadLetterSequences());
        return "admin/operations";
    }

    /** The progress bar alone, which the page asks for every two seconds while a rebuild runs. */
    @GetMapping(PAGE + "/fremdrift")
    String progress(Model model) {
        model.addAttribute("progress", operations.getObject().rebuildProgress());
        return "admin/operations :: progress";
    }

    @PostMapping(PAGE + "/genopbyg")
    String rebuild(RedirectAttributes redirect) {
        try {
            operations.getObject().startRebuild(callers.current().username());
        } catch (IllegalStateException running) {
            redirect.addFlashAttribute("refused", running.getMessage());
        }
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/{group}/retry")
    String retry(@PathVariable String group, RedirectAttributes redirect) {
        operations.getObject().retry(group, callers.current().username())
                .ifPresentOrElse(taken -> redirect.addFlashAttribute("retried", taken),
                        () -> redirect.addFlashAttribute("refused", "Visningen har ingen kø for parkerede hændelser: "
                                + group));
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/{group}/evict")
    String evict(@PathVariable String group, @RequestParam(required = false) String sequence,
                 @RequestParam(required = false) String reason,
                 RedirectAttributes redirect) {
        String chosen = sequence == null || sequence.isBlank() ? null : sequence.strip();
        try {
            operations.getObject().evict(group, chosen, callers.current().username(), reason == null ? "" : reason.strip())
                    .ifPresent(letters -> redirect.addFlashAttribute("evicted", letters));
        } catch (IllegalArgumentException refused) {
            redirect.addFlashAttribute("refused", refused.getMessage());
            redirect.addFlashAttribute("refusedSequence", group + "/" + (chosen == null ? "" : chosen));
        }
        return "redirect:" + PAGE;
    }
}
