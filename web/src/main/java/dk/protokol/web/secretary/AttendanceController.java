package dk.protokol.web.secretary;

import dk.protokol.events.command.meeting.ChooseChairOfTheDay;
import dk.protokol.events.command.meeting.NameMinuteTaker;
import dk.protokol.events.command.meeting.RecordAttendance;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.AttendanceStatus;
import dk.protokol.web.common.Submission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.UUID;

/** The meeting page's attendance: a member's row of the checklist, a guest or a substitute, the chair for the day, the minute-taker. */
@Controller
@Import(SecretaryPages.class)
@PreAuthorize("@accessPolicy.canReadOrganisation(authentication)")
class AttendanceController {

    static final String OTHER = "attendance-other";

    private final SecretaryForms forms;

    AttendanceController(SecretaryForms forms) {
        this.forms = forms;
    }

    /** A member's row chooses the status; the other form records a guest, or a substitute for {@code substituteFor}. */
    static class AttendanceForm {
        UUID personId;
        AttendanceStatus status;
        UUID substituteFor;
        String note;
        UUID fromItemId;
        UUID toItemId;
    }

    /** A person for the meeting: its chair for the day (mødeleder), or its minute-taker (referent). */
    static class PersonForm {
        UUID personId;
    }

    @PostMapping("/sekretaer/moeder/{id}/moedeleder")
    String chairOfTheDay(@PathVariable UUID id, @Valid @ModelAttribute PersonForm chair, BindingResult binding,
                         Authentication authentication, HttpServletRequest request, HttpServletResponse response,
                         Model model) {
        Submission form = forms.of("chair-of-the-day", chair, binding, request);
        return forms.save(id, form, authentication, response, model,
                meeting -> new ChooseChairOfTheDay(meeting, PersonId.ofNullable(chair.personId)));
    }

    /** The meeting's minute-taker (referent): the body's secretary or a person of the secretariat serving it. */
    @PostMapping("/sekretaer/moeder/{id}/referent")
    String minuteTaker(@PathVariable UUID id, @Valid @ModelAttribute PersonForm person, BindingResult binding,
                       Authentication authentication, HttpServletRequest request, HttpServletResponse response,
                       Model model) {
        Submission form = forms.of("minute-taker", person, binding, request);
        return forms.save(id, form, authentication, response, model,
                meeting -> new NameMinuteTaker(meeting, PersonId.ofNullable(person.personId)));
    }

    @PostMapping("/sekretaer/moeder/{id}/fremmoede")
    String attendance(@PathVariable UUID id, @RequestParam(defaultValue = "") String form,
                      @Valid @ModelAttribute AttendanceForm attendance, BindingResult binding,
                      Authentication authentication, HttpServletRequest request, HttpServletResponse response,
                      Model model) {
        boolean other = OTHER.equals(form);
        Submission submission = forms.of(other ? OTHER : "attendance-" + request.getParameter("personId"),
                attendance, binding, request);
        AttendanceStatus status;
        if (other) {
            status = attendance.substituteFor == null ? AttendanceStatus.GUEST : AttendanceStatus.PRESENT;
        } else {
            status = attendance.status;
            if (status == AttendanceStatus.GUEST) {
                // a member's row offers present, apologies and absent; a guest is recorded in the other form
                submission.fail(HttpStatus.BAD_REQUEST, "status", forms.message("secretary.error.choice"));
            }
        }
        PersonId substitute = other ? PersonId.ofNullable(attendance.substituteFor) : null;
        return forms.save(id, submission, authentication, response, model, meeting -> new RecordAttendance(meeting,
                PersonId.ofNullable(attendance.personId), status, substitute,
                AgendaItemId.ofNullable(attendance.fromItemId), AgendaItemId.ofNullable(attendance.toItemId),
                attendance.note));
    }
}
