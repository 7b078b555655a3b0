package dk.protokol.web.meetings;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.query.minutes.FindMeetings;
import dk.protokol.query.minutes.MeetingSummary;
import dk.protokol.query.organisation.BodySummary;
import dk.protokol.events.query.organisation.FindBodies;
import dk.protokol.web.common.Queries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The meetings of one body (of all bodies when none is chosen), latest first. */
@Controller
@PreAuthorize("@accessPolicy.canReadOrganisation(authentication)")
class MeetingsPageController {

    private final Queries queries;

    MeetingsPageController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping("/moeder")
    String meetings(@RequestParam(required = false) UUID bodyId, Model model) {
        BodyId body = BodyId.ofNullable(bodyId);
        List<MeetingSummary> meetings = queries.list(new FindMeetings(body, null, null), MeetingSummary.class)
                .stream().sorted(Comparator.comparing(MeetingSummary::start).reversed()).toList();
        List<BodySummary> bodies = queries.list(new FindBodies(null, null, null, true), BodySummary.class)
                .stream().sorted(Comparator.comparing(BodySummary::organisation, Comparator.nullsLast(Comparator.<String>naturalOrder()))
                        .thenComparing(BodySummary::name)).toList();
        model.addAttribute("meetings", meetings);
        model.addAttribute("bodies", bodies);
        model.addAttribute("bodyId", body == null ? null : body.toString());
        model.addAttribute("bodyName", bodies.stream().filter(b -> b.id().equals(body)).map(BodySummary::name)
                .findFirst().orElse(null));
        return "meetings/list";
    }
}
