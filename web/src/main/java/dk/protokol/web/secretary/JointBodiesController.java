package dk.protokol.web.secretary;

import dk.protokol.events.command.meeting.AddJointBody;
import dk.protokol.events.command.meeting.WithdrawJointBody;
import dk.protokol.events.ids.BodyId;
import dk.protokol.web.common.Submission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.HashMap;
import java.util.UUID;

/**
 * The meeting page's fællesmøde: another body holds the meeting with the body that called it, or no longer does
 * (before the meeting opens). Adding a body asks, as the API does, that the secretary records for that body too.
 * Both reload the whole page: the members offered for attendance follow the bodies holding the meeting.
 */
@Controller
@Import(SecretaryPages.class)
@PreAuthorize("@accessPolicy.canReadOrganisation(authentication)")
class JointBodiesController {

    static final String ADD = "joint-body";
    static final String WITHDRAW = "withdraw-joint-body-";

    private final SecretaryForms forms;

    JointBodiesController(SecretaryForms forms) {
        this.forms = forms;
    }

    static class BodyForm {
        UUID bodyId;
    }

    @PostMapping("/sekretaer/moeder/{id}/faellesmoede")
    String add(@PathVariable UUID id, @Valid @ModelAttribute BodyForm body, BindingResult binding,
               HttpServletRequest request, HttpServletResponse response, Model model) {
        Submission form = forms.of(ADD, body, binding, request);
        return forms.save(id, form, response, model, meeting -> new AddJointBody(meeting, BodyId.ofNullable(body.bodyId)),
                () -> body.bodyId == null || forms.access().canRecordFor(BodyId.of(body.bodyId)));
    }

    @PostMapping("/sekretaer/moeder/{id}/faellesmoede/{bodyId}/traek-tilbage")
    String withdraw(@PathVariable UUID id, @PathVariable UUID bodyId, HttpServletRequest request,
                    HttpServletResponse response, Model model) {
        String formId = WITHDRAW + bodyId;
        Submission form = forms.of(formId, new Object(), new MapBindingResult(new HashMap<>(), formId), request);
        return forms.save(id, form, response, model, meeting -> new WithdrawJointBody(meeting, BodyId.of(bodyId)),
                () -> true);
    }
}
