package dk.protokol.web.meetings;

import dk.protokol.events.caller.Callers;
import dk.protokol.events.command.Commands;
import dk.protokol.events.command.Commands.Outcome;
import dk.protokol.events.command.Refusal;
import dk.protokol.events.command.meeting.AnswerMinutesComment;
import dk.protokol.events.command.meeting.CommentOnMinutes;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.CommentId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.CommentResolution;
import dk.protokol.query.common.ReadYourWrites;
import dk.protokol.query.minutes.MinutesProjection;
import dk.protokol.web.review.PageCommands;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.util.UriComponentsBuilder;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.query.minutes.FindMinutes;
import dk.protokol.query.minutes.MeetingStatus;
import dk.protokol.query.minutes.MinutesView;
import dk.protokol.web.common.AsOf;
import dk.protokol.web.common.Queries;
import dk.protokol.web.common.Viewer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The minutes of one meeting in the layout of a Danish referat, live or as they were registered at a moment
 * ({@code asOf}, a local Danish date and time as a {@code datetime-local} control sends it).
 */
@Controller
@PreAuthorize("@accessPolicy.canReadOrganisation(authentication)")
class MinutesPageController {

    private final Queries queries;
    private final PageCommands commands;

    MinutesPageController(Queries queries, ObjectProvider<Commands> commands,
                          ObjectProvider<ReadYourWrites> readYourWrites, Callers callers,
                          ObjectProvider<Clock> clock) {
        this.queries = queries;
        this.commands = new PageCommands(commands, readYourWrites, callers, clock);
    }

    @GetMapping("/moeder/{id}")
    String minutes(@PathVariable UUID id, @RequestParam(required = false) String asOf,
                   @RequestParam(required = false) Long minPosition, Viewer viewer, Model model) {
        commands.await(minPosition, MinutesProjection.PROCESSING_GROUP);
        LocalDateTime registeredBy = AsOf.parse(asOf);
        Instant instant = AsOf.instant(registeredBy);
        fill(model, MeetingId.of(id), instant, viewer);
        model.addAttribute("asOf", registeredBy);
        return "meetings/minutes";
    }

    /**
     * A member's comment on circulated minutes (issue 14): the same command as the API's, refused with the same
     * message; a refused comment is shown again with what was typed.
     */
    @PostMapping("/moeder/{id}/bemaerkninger")
    @PreAuthorize("@accessPolicy.canCommentOnMeeting(authentication, #id)")
    String comment(@PathVariable UUID id, @RequestParam(required = false) UUID itemId,
                   @RequestParam(required = false) String text, Viewer viewer, Model model,
                   HttpServletResponse response) {
        MeetingId meeting = MeetingId.of(id);
        Optional<PersonId> me = commands.me();
        if (me.isEmpty()) {
            throw new AccessDeniedException("Kontoen er ikke knyttet til en person og kan ikke give bemærkninger.");
        }
        Outcome outcome = commands.send(() -> new CommentOnMinutes(meeting, CommentId.random(),
                AgendaItemId.ofNullable(itemId), me.get(), text, commands.now()), meeting);
        return saved(outcome, meeting, viewer, model, response, "comment", itemId, text, null);
    }

    /** The secretary answers a comment: by a correction, or by noting it. */
    @PostMapping("/moeder/{id}/bemaerkninger/{commentId}/svar")
    @PreAuthorize("@accessPolicy.canRecordForMeeting(authentication, #id)")
    String answer(@PathVariable UUID id, @PathVariable UUID commentId,
                  @RequestParam(required = false) CommentResolution resolution,
                  @RequestParam(required = false) String text, Viewer viewer, Model model,
                  HttpServletResponse response) {
        MeetingId meeting = MeetingId.of(id);
        Outcome outcome = commands.send(() -> new AnswerMinutesComment(meeting, CommentId.of(commentId), resolution,
                text), meeting);
        return saved(outcome, meeting, viewer, model, response, "answer", null, text, commentId);
    }

    private String saved(Outcome outcome, MeetingId meeting, Viewer viewer, Model model,
                         HttpServletResponse response, String form, UUID itemId, String text, UUID commentId) {
        if (outcome instanceof Outcome.Accepted accepted) {
            return "redirect:" + UriComponentsBuilder.fromPath("/moeder/{id}")
                    .queryParam("minPosition", accepted.result().position())
                    .fragment("bemaerkninger").buildAndExpand(meeting.value()).toUriString();
        }
        Refusal refusal = ((Outcome.Refused) outcome).refusal();
        response.setStatus(refusal.kind().status());
        model.addAttribute("commentError", refusal.message());
        model.addAttribute("failedForm", form);
        model.addAttribute("failedCommentId", commentId);
        model.addAttribute("typedItemId", itemId);
        model.addAttribute("typedText", text);
        fill(model, meeting, null, viewer);
        model.addAttribute("asOf", null);
        return "meetings/minutes";
    }

    private void fill(Model model, MeetingId meeting, Instant instant, Viewer viewer) {
        MinutesView minutes = queries.one(new FindMinutes(meeting, instant), MinutesView.class);
        model.addAttribute("minutes", minutes);
        model.addAttribute("followUpUnderStandingItem",
                minutes.agenda().stream().anyMatch(item -> item.standing() && !item.withdrawn()));
        model.addAttribute("mayApprove", instant == null && mayApprove(minutes, viewer));
        model.addAttribute("mayComment", instant == null && mayComment(minutes, viewer, commands::now));
        model.addAttribute("mayAnswer", instant == null && mayAnswer(minutes, viewer));
    }

    /**
     * Whether to offer a comment form: circulated minutes whose objection period runs, and the viewer sits in a body
     * holding the meeting (the meeting's rule decides, also for the secretariat serving it).
     */
    static boolean mayComment(MinutesView minutes, Viewer viewer, Supplier<Instant> now) {
        if (minutes.status() != MeetingStatus.MINUTES_CIRCULATED || !viewer.linked()) {
            return false;
        }
        MinutesView.CommentRound round = minutes.commentRound();
        if (round != null && round.endsAt() != null && !now.get().isBefore(round.endsAt())) {
            return false;
        }
        return Stream.of(viewer.memberOf(), viewer.chairOf(), viewer.viceChairOf(), viewer.secretaryOf())
                .flatMap(List::stream)
                .anyMatch(body -> minutes.bodies().isEmpty() ? body.id().equals(minutes.bodyId())
                        : minutes.bodies().stream().anyMatch(held -> held.bodyId().equals(body.id())));
    }

    /** Whether to offer the answer forms: the viewer records for the body (its secretary), or administers. */
    static boolean mayAnswer(MinutesView minutes, Viewer viewer) {
        return minutes.status() == MeetingStatus.MINUTES_CIRCULATED && (viewer.admin()
                || viewer.secretaryOf().stream().anyMatch(body -> body.id().equals(minutes.bodyId())));
    }

    /**
     * Whether to offer the approval here: circulated minutes, and the viewer chairs the body, is its vice-chair, or
     * led the meeting as chair for the day. The meeting's rules decide (a refusal says who approves).
     */
    static boolean mayApprove(MinutesView minutes, Viewer viewer) {
        if (minutes.status() != MeetingStatus.MINUTES_CIRCULATED || !viewer.linked()) {
            return false;
        }
        boolean chairOfTheDay = minutes.chairOfTheDay() != null
                && minutes.chairOfTheDay().personId().value().equals(viewer.personId());
        return chairOfTheDay || Stream.concat(viewer.chairOf().stream(), viewer.viceChairOf().stream())
                .anyMatch(body -> body.id().equals(minutes.bodyId()));
    }
}
