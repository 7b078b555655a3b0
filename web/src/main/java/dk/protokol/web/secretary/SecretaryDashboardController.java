package dk.protokol.web.secretary;

import dk.protokol.events.caller.CallerAccess;
import dk.protokol.events.command.meeting.ScheduleMeeting;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.meeting.MeetingKind;
import dk.protokol.events.query.minutes.FindMeetings;
import dk.protokol.query.minutes.MeetingStatus;
import dk.protokol.query.minutes.MeetingSummary;
import dk.protokol.web.common.Queries;
import dk.protokol.web.common.Submission;
import dk.protokol.web.common.Viewer;
import dk.protokol.web.common.Viewers;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The secretary's start page: the bodies where the signed-in person is SECRETARY today, their coming meetings,
 * the minutes waiting to be circulated, and a form to schedule a meeting.
 */
@Controller
@Import(SecretaryPages.class)
@PreAuthorize("@accessPolicy.canReadOrganisation(authentication)")
class SecretaryDashboardController {

    private final Queries queries;
    private final Viewers viewers;
    private final SecretaryForms forms;
    private final CallerAccess access;

    SecretaryDashboardController(Queries queries, Viewers viewers, SecretaryForms forms, CallerAccess access) {
        this.queries = queries;
        this.viewers = viewers;
        this.forms = forms;
        this.access = access;
    }

    /** A meeting to schedule: times in Danish local time, as the date-and-time controls send them. */
    static class ScheduleForm {
        UUID bodyId;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
        LocalDateTime start;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
        LocalDateTime expectedEnd;
        String location;
        MeetingKind kind;
    }

    /** The meetings the dashboard shows: those to be held and those to circulate, not the body's whole history. */
    private static final Set<String> SHOWN = Stream.of(MeetingStatus.values())
            .filter(status -> status.isComing() || status == MeetingStatus.CLOSED).map(Enum::name)
            .collect(Collectors.toSet());

    @GetMapping("/sekretaer")
    String dashboard(HttpServletRequest request, Model model) {
        Submission.none(model);
        // the bodies in which the person holds the SECRETARY role today, by organisation and name
        Viewer viewer = viewers.withRoles(request);
        List<Viewer.MyBody> bodies = viewer.secretaryOf();
        // a fællesmøde of two of the bodies is listed under each: once here
        Map<MeetingId, MeetingSummary> byId = new LinkedHashMap<>();
        for (Viewer.MyBody body : bodies) {
            queries.list(new FindMeetings(body.id(), null, null, SHOWN), MeetingSummary.class)
                    .forEach(meeting -> byId.putIfAbsent(meeting.id(), meeting));
        }
        List<MeetingSummary> meetings = new ArrayList<>(byId.values());
        model.addAttribute("linked", viewer.linked());
        model.addAttribute("meetingKinds", MeetingKind.values());
        model.addAttribute("bodies", bodies);
        model.addAttribute("coming", meetings.stream().filter(m -> m.status().isComing())
                .sorted(Comparator.comparing(MeetingSummary::start)).toList());
        model.addAttribute("toCirculate", meetings.stream().filter(m -> m.status() == MeetingStatus.CLOSED)
                .sorted(Comparator.comparing(MeetingSummary::start)).toList());
        return "secretary/dashboard";
    }

    @PostMapping("/sekretaer/moeder")
    String schedule(@Valid @ModelAttribute ScheduleForm schedule, BindingResult binding, HttpServletRequest request,
                    HttpServletResponse response, Model model) {
        Submission form = forms.of("schedule-meeting", schedule, binding, request);
        MeetingId id = MeetingId.random();
        Optional<Long> position = forms.send(form, () -> new ScheduleMeeting(id, BodyId.ofNullable(schedule.bodyId),
                schedule.start, schedule.expectedEnd, schedule.location, AgendaItemId.random(), schedule.kind), id,
                // no body chosen: the command refuses it (400, as the API does)
                () -> schedule.bodyId == null || access.canRecordFor(BodyId.of(schedule.bodyId)));
        if (position.isPresent()) {
            return MeetingPage.redirectTo(id.value(), position.get());
        }
        form.showOn(model, response);
        return dashboard(request, model);
    }
}
