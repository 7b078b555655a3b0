package dk.protokol.web.meetings;

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

    MinutesPageController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping("/moeder/{id}")
    String minutes(@PathVariable UUID id, @RequestParam(required = false) String asOf, Viewer viewer, Model model) {
        LocalDateTime registeredBy = AsOf.parse(asOf);
        Instant instant = AsOf.instant(registeredBy);
        MinutesView minutes = queries.one(new FindMinutes(MeetingId.of(id), instant), MinutesView.class);
        model.addAttribute("minutes", minutes);
        model.addAttribute("asOf", registeredBy);
        model.addAttribute("followUpUnderStandingItem",
                minutes.agenda().stream().anyMatch(item -> item.standing() && !item.withdrawn()));
        model.addAttribute("mayApprove", instant == null && mayApprove(minutes, viewer));
        return "meetings/minutes";
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
