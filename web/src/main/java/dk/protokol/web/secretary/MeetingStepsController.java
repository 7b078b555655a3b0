package dk.protokol.web.secretary;

import dk.protokol.events.command.meeting.CirculateMinutes;
import dk.protokol.events.command.meeting.CloseMeeting;
import dk.protokol.events.command.meeting.OpenMeeting;
import dk.protokol.events.command.meeting.PublishAgenda;
import dk.protokol.events.ids.MeetingId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import org.springframework.beans.factory.ObjectProvider;

import java.time.Clock;
import java.util.HashMap;
import java.util.UUID;
import java.util.function.Function;

/** The meeting's steps: the agenda sent out, the meeting opened and closed, the minutes sent out for comment. */
@Controller
@Import(SecretaryPages.class)
@PreAuthorize("@accessPolicy.canReadOrganisation(authentication)")
class MeetingStepsController {

    private final SecretaryForms forms;
    private final ObjectProvider<Clock> clock;

    MeetingStepsController(SecretaryForms forms, ObjectProvider<Clock> clock) {
        this.forms = forms;
        this.clock = clock;
    }

    @PostMapping("/sekretaer/moeder/{id}/udsend-dagsorden")
    String publish(@PathVariable UUID id, Authentication authentication, HttpServletRequest request,
                   HttpServletResponse response, Model model) {
        return step("publish-agenda", id, authentication, request, response, model, PublishAgenda::new);
    }

    @PostMapping("/sekretaer/moeder/{id}/aabn")
    String open(@PathVariable UUID id, Authentication authentication, HttpServletRequest request,
                HttpServletResponse response, Model model) {
        return step("open-meeting", id, authentication, request, response, model, OpenMeeting::new);
    }

    @PostMapping("/sekretaer/moeder/{id}/luk")
    String close(@PathVariable UUID id, Authentication authentication, HttpServletRequest request,
                 HttpServletResponse response, Model model) {
        return step("close-meeting", id, authentication, request, response, model, CloseMeeting::new);
    }

    @PostMapping("/sekretaer/moeder/{id}/udsend-referat")
    String circulate(@PathVariable UUID id, Authentication authentication, HttpServletRequest request,
                     HttpServletResponse response, Model model) {
        return step("circulate-minutes", id, authentication, request, response, model,
                meeting -> new CirculateMinutes(meeting, clock.getObject().instant()));
    }

    /** A step is a form with nothing to type: only the meeting's own rules can refuse it. */
    private String step(String formId, UUID id, Authentication authentication, HttpServletRequest request,
                        HttpServletResponse response, Model model, Function<MeetingId, Object> command) {
        BindingResult nothing = new MapBindingResult(new HashMap<>(), formId);
        return forms.save(id, forms.of(formId, new Object(), nothing, request), authentication, response, model,
                command);
    }
}
