package dk.protokol.web.secretary;

import dk.protokol.command.common.CommandSender;
import dk.protokol.events.command.meeting.ScheduleMeeting;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.query.minutes.FindMeetings;
import dk.protokol.query.minutes.MeetingStatus;
import dk.protokol.query.minutes.MeetingSummary;
import dk.protokol.web.common.Queries;
import dk.protokol.web.common.Viewer;
import dk.protokol.web.common.Viewers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The secretary's start page: the bodies where the signed-in person is SECRETARY today, their coming meetings,
 * the minutes waiting to be circulated, and a form to schedule a meeting.
 */
@Controller
@PreAuthorize("@accessPolicy.canReadOrganisation(authentication)")
class SecretaryDashboardController {

    private final Queries queries;
    private final Viewers viewers;
    private final SecretaryCommands commands;
    private final SecretaryAccess access;
    private final Forms forms;

    SecretaryDashboardController(Queries queries, Viewers viewers,
                                 ObjectProvider<CommandSender> sender, BeanFactory beans, MessageSource messages) {
        this.queries = queries;
        this.viewers = viewers;
        this.commands = new SecretaryCommands(sender);
        this.access = new SecretaryAccess(beans);
        this.forms = new Forms(messages);
    }

    @GetMapping("/sekretaer")
    String dashboard(HttpServletRequest request, Model model) {
        Forms.noFailure(model);
        // the bodies in which the person holds the SECRETARY role today, by organisation and name
        Viewer viewer = viewers.withRoles(request);
        List<Viewer.MyBody> bodies = viewer.secretaryOf();
        List<MeetingSummary> meetings = new ArrayList<>();
        for (Viewer.MyBody body : bodies) {
            meetings.addAll(queries.list(new FindMeetings(body.id(), null, null), MeetingSummary.class));
        }
        model.addAttribute("linked", viewer.linked());
        model.addAttribute("bodies", bodies);
        model.addAttribute("coming", meetings.stream().filter(m -> m.status().isComing())
                .sorted(Comparator.comparing(MeetingSummary::start)).toList());
        model.addAttribute("toCirculate", meetings.stream().filter(m -> m.status() == MeetingStatus.CLOSED)
                .sorted(Comparator.comparing(MeetingSummary::start)).toList());
        return "secretary/dashboard";
    }

    @PostMapping("/sekretaer/moeder")
    String schedule(Authentication authentication, HttpServletRequest request, HttpServletResponse response,
                    Model model) {
        Submission form = forms.of("schedule-meeting", request);
        UUID bodyId = form.id("bodyId", true);
        LocalDateTime start = form.dateTime("start");
        LocalDateTime expectedEnd = form.dateTime("expectedEnd");
        String location = form.text("location", false);
        if (!form.hasErrors() && !access.canRecordFor(authentication, bodyId)) {
            form.fail(HttpStatus.FORBIDDEN, null, forms.message("secretary.error.forbidden"));
        }
        if (!form.hasErrors()) {
            MeetingId id = MeetingId.random();
            Optional<Long> position = commands.send(form,
                    new ScheduleMeeting(id, BodyId.of(bodyId), start, expectedEnd, location), id);
            if (position.isPresent()) {
                return MeetingWorkController.redirectTo(id.value(), position.get());
            }
        }
        Forms.failure(model, form, response);
        return dashboard(request, model);
    }
}
