package dk.protokol.web.review;

import dk.protokol.events.caller.Callers;
import dk.protokol.events.command.Commands;
import dk.protokol.events.command.Commands.Outcome;
import dk.protokol.events.command.Refusal;
import dk.protokol.events.command.meeting.ApproveMinutes;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.query.actions.ActionFilter;
import dk.protokol.query.actions.ActionProjection;
import dk.protokol.events.query.actions.ActionStatus;
import dk.protokol.query.actions.ActionSummary;
import dk.protokol.events.query.actions.FindActions;
import dk.protokol.query.common.ReadYourWrites;
import dk.protokol.query.minutes.MeetingSummary;
import dk.protokol.query.minutes.MinutesProjection;
import dk.protokol.web.common.Queries;
import dk.protokol.web.common.Viewer;
import dk.protokol.web.common.Viewers;
import jakarta.servlet.http.HttpServletRequest;
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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The chair's page: the outstanding actions of every body the signed-in person chairs today, overdue ones
 * first, and those bodies' minutes that have been circulated and wait for approval, each approved with one
 * button ({@link ApproveMinutes} with the caller's person as the approver). After an approval the page is
 * shown again once the views include it ({@code minPosition}); a refusal is shown on the page itself.
 */
@Controller
@PreAuthorize("@accessPolicy.canReadOrganisation(authentication)")
class ChairPageController {

    /** Overdue first, then by due date (none last), then by description. */
    static final Comparator<ActionSummary> OUTSTANDING_ORDER = Comparator
            .comparing((ActionSummary action) -> !action.overdue())
            .thenComparing(ActionSummary::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ActionSummary::description, Comparator.nullsLast(Comparator.naturalOrder()));

    private final Queries queries;
    private final Viewers viewers;
    private final PageCommands commands;
    private final MinutesToApprove toApprove;

    ChairPageController(Queries queries, Viewers viewers, ObjectProvider<Commands> commands,
                        ObjectProvider<ReadYourWrites> readYourWrites, Callers callers,
                        ObjectProvider<Clock> clock) {
        this.queries = queries;
        this.viewers = viewers;
        this.toApprove = new MinutesToApprove(queries);
        this.commands = new PageCommands(commands, readYourWrites, callers, clock);
    }

    @GetMapping("/formand")
    String overview(@RequestParam(required = false) Long minPosition,
                    @RequestParam(name = "godkendt", required = false) UUID approved,
                    HttpServletRequest request, Model model) {
        boolean current = commands.await(minPosition, ActionProjection.PROCESSING_GROUP,
                MinutesProjection.PROCESSING_GROUP);
        model.addAttribute("stale", !current);
        fill(model, request, MeetingId.ofNullable(approved));
        return "review/chair";
    }

    @PostMapping("/formand/referater/{meetingId}/godkend")
    @PreAuthorize("@accessPolicy.canApproveForMeeting(authentication, #meetingId)")
    String approve(@PathVariable UUID meetingId, HttpServletRequest request,
                   Model model, HttpServletResponse response) {
        MeetingId meeting = MeetingId.of(meetingId);
        Optional<PersonId> chair = commands.me();
        String refused = null;
        HttpStatus status = HttpStatus.CONFLICT;
        if (chair.isEmpty()) {
            model.addAttribute("errorKey", "review.noPerson");
        } else {
            Outcome outcome = commands.send(() -> new ApproveMinutes(meeting, chair.get(), commands.today(), null),
                    meeting);
            if (outcome instanceof Outcome.Accepted accepted) {
                return "redirect:" + UriComponentsBuilder.fromPath("/formand")
                        .queryParam("minPosition", accepted.result().position())
                        .queryParam("godkendt", meetingId)
                        .build().toUriString();
            }
            Refusal refusal = ((Outcome.Refused) outcome).refusal();
            refused = refusal.message();
            status = HttpStatus.valueOf(refusal.kind().status());
        }
        response.setStatus(status.value());
        model.addAttribute("error", refused);
        model.addAttribute("failedMeetingId", meeting);
        fill(model, request, null);
        return "review/chair";
    }

    private void fill(Model model, HttpServletRequest request, MeetingId approved) {
        Optional<PersonId> me = commands.me();
        model.addAttribute("linked", me.isPresent());
        // the bodies the person chairs today, by name
        Viewer viewer = viewers.withRoles(request);
        List<Viewer.MyBody> chaired = me.isPresent() ? viewer.chairOf() : List.of();
        List<ActionSummary> outstanding = new ArrayList<>();
        for (Viewer.MyBody body : chaired) {
            outstanding.addAll(queries.list(new FindActions(
                    new ActionFilter(ActionStatus.OPEN, body.id(), null, null, null, null), null), ActionSummary.class));
        }
        // the minutes the person may approve: as chair, and in the chair's absence as vice-chair or chair for the day
        List<MeetingSummary> waiting = me.map(person -> toApprove.of(person, viewer)).orElse(List.of());
        MeetingSummary justApproved = approved == null || me.isEmpty() ? null
                : toApprove.meeting(approved, viewer).orElse(null);
        outstanding.sort(OUTSTANDING_ORDER);
        model.addAttribute("bodies", chaired);
        model.addAttribute("actions", outstanding);
        model.addAttribute("overdueCount", outstanding.stream().filter(ActionSummary::overdue).count());
        model.addAttribute("waiting", waiting);
        model.addAttribute("approved", justApproved);
    }
}
