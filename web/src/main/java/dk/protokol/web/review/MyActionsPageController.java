package dk.protokol.web.review;

import dk.protokol.events.caller.Callers;
import dk.protokol.events.command.Commands;
import dk.protokol.events.command.Commands.Outcome;
import dk.protokol.events.command.Refusal;
import dk.protokol.events.command.action.CompleteAction;
import dk.protokol.events.command.action.ReportActionProgress;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.query.actions.ActionDetail;
import dk.protokol.events.query.actions.ActionFilter;
import dk.protokol.query.actions.ActionProjection;
import dk.protokol.events.query.actions.ActionStatus;
import dk.protokol.query.actions.ActionSummary;
import dk.protokol.events.query.actions.FindAction;
import dk.protokol.events.query.actions.FindActions;
import dk.protokol.query.common.ReadYourWrites;
import dk.protokol.web.common.Queries;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The member's own open actions, overdue ones first, each with a form to report how it is going
 * ({@link ReportActionProgress}) and a button to report it done today ({@link CompleteAction}). After a save the
 * page is shown again once the action view includes it ({@code minPosition}), with the saved action as it now
 * stands; a refusal or an empty note is shown on the page itself, the note kept.
 */
@Controller
@PreAuthorize("@accessPolicy.canReadOrganisation(authentication)")
class MyActionsPageController {

    private final Queries queries;
    private final PageCommands commands;

    MyActionsPageController(Queries queries, ObjectProvider<Commands> commands,
                            ObjectProvider<ReadYourWrites> readYourWrites,
                            Callers callers, ObjectProvider<Clock> clock) {
        this.queries = queries;
        this.commands = new PageCommands(commands, readYourWrites, callers, clock);
    }

    @GetMapping("/mine-handlinger")
    String mine(@RequestParam(required = false) Long minPosition,
                @RequestParam(name = "gemt", required = false) String saved,
                @RequestParam(name = "handling", required = false) UUID savedAction,
                Model model) {
        boolean current = commands.await(minPosition, ActionProjection.PROCESSING_GROUP);
        model.addAttribute("stale", !current);
        if (savedAction != null && ("status".equals(saved) || "udfoert".equals(saved))) {
            model.addAttribute("saved", saved);
            model.addAttribute("savedAction",
                    queries.one(new FindAction(ActionId.of(savedAction), null), ActionDetail.class));
        }
        fill(model);
        return "review/my-actions";
    }

    @PostMapping("/mine-handlinger/{actionId}/status")
    @PreAuthorize("@accessPolicy.canWorkOnAction(authentication, #actionId, 'PROGRESS')")
    String reportProgress(@PathVariable UUID actionId, @RequestParam(required = false) String note,
                          Model model, HttpServletResponse response) {
        ActionId action = ActionId.of(actionId);
        String text = note == null ? null : note.strip();
        return send(model, response, action, note, "status",
                () -> commands.send(() -> new ReportActionProgress(action, text, null), action));
    }

    @PostMapping("/mine-handlinger/{actionId}/udfoert")
    @PreAuthorize("@accessPolicy.canWorkOnAction(authentication, #actionId, 'COMPLETE')")
    String complete(@PathVariable UUID actionId, Model model, HttpServletResponse response) {
        ActionId action = ActionId.of(actionId);
        return send(model, response, action, null, "udfoert",
                () -> commands.send(() -> new CompleteAction(action, commands.today(), null), action));
    }

    private String send(Model model, HttpServletResponse response, ActionId action, String note, String what,
                        Supplier<Outcome> command) {
        Outcome outcome = command.get();
        if (outcome instanceof Outcome.Accepted accepted) {
            return "redirect:" + UriComponentsBuilder.fromPath("/mine-handlinger")
                    .queryParam("minPosition", accepted.result().position())
                    .queryParam("gemt", what)
                    .queryParam("handling", action)
                    .build().toUriString();
        }
        Refusal refusal = ((Outcome.Refused) outcome).refusal();
        return refused(model, response, HttpStatus.valueOf(refusal.kind().status()), action, note, refusal.message());
    }

    private String refused(Model model, HttpServletResponse response, HttpStatus status, ActionId action,
                           String note, String message) {
        response.setStatus(status.value());
        model.addAttribute("stale", false);
        model.addAttribute("error", message);
        model.addAttribute("failedActionId", action);
        model.addAttribute("failedNote", note);
        fill(model);
        return "review/my-actions";
    }

    private void fill(Model model) {
        Optional<PersonId> me = commands.me();
        model.addAttribute("linked", me.isPresent());
        List<ActionSummary> mine = new ArrayList<>(me.map(person -> queries.list(new FindActions(
                        new ActionFilter(ActionStatus.OPEN, null, person, null, null, null), null), ActionSummary.class))
                .orElse(List.of()));
        mine.sort(ChairPageController.OUTSTANDING_ORDER);
        model.addAttribute("actions", mine);
    }
}
