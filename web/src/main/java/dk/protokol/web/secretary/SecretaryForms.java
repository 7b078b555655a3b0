package dk.protokol.web.secretary;

import dk.protokol.events.caller.CallerAccess;
import dk.protokol.events.command.Commands;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.web.common.PageForms;
import dk.protokol.web.common.Submission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one way a secretary's form becomes a command: Spring binds the form ({@code @ModelAttribute}, with
 * {@link SecretaryFormBinding}); the command is made, and its constructor refuses what breaks its limits with the
 * messages the API answers; the caller must be allowed to record (the published language's {@link CallerAccess},
 * which the policy behind method security answers); then the command side's {@link Commands} port sends it and
 * answers the position to read from, or the refusal (a rule of the domain, beside the field it is about). Whatever
 * refuses it, the page is rendered again with everything typed and the reason beside the field.
 */
class SecretaryForms {

    private final PageForms forms;
    private final CallerAccess access;
    private final MeetingPage meetingPage;

    CallerAccess access() {
        return access;
    }

    SecretaryForms(PageForms forms, CallerAccess access, MeetingPage meetingPage) {
        this.forms = forms;
        this.access = access;
        this.meetingPage = meetingPage;
    }

    /** The submission of a bound form: what was typed (all posted fields but the CSRF token) and the binding's errors. */
    Submission of(String formId, Object form, BindingResult binding, HttpServletRequest request) {
        return forms.of(formId, form, binding, request);
    }

    String message(String key) {
        return forms.message(key);
    }

    /**
     * Makes the command and sends it when the form is complete and {@code allowed} says the caller may record;
     * answers the position to read from, or empty when anything refused it (the reason is on the submission).
     */
    Optional<Long> send(Submission form, Supplier<Object> command, Object aggregateId, BooleanSupplier allowed) {
        if (form.hasErrors()) {
            return Optional.empty();
        }
        if (!allowed.getAsBoolean()) {
            form.fail(HttpStatus.FORBIDDEN, null, message("secretary.error.forbidden"));
            return Optional.empty();
        }
        return forms.send(form, command, aggregateId);
    }

    /**
     * A form of the meeting page: sends the command the form asked for when the caller may record for the meeting,
     * then redirects to the page at the command's position; otherwise renders the page again with the failure.
     * {@code authentication} is not read (the access port knows the caller); the meeting page's controllers still
     * pass it, until their rework drops it.
     */
    String save(UUID meetingId, Submission form, Authentication authentication, HttpServletResponse response,
                Model model, Function<MeetingId, Object> command) {
        return save(meetingId, form, response, model, command, () -> true);
    }

    /**
     * {@link #save(UUID, Submission, Authentication, HttpServletResponse, Model, Function)} for a form that needs a
     * right beyond recording for the meeting ({@code alsoAllowed}: adding a body to a fællesmøde needs the caller to
     * record for that body too, as the API asks).
     */
    String save(UUID meetingId, Submission form, HttpServletResponse response, Model model,
                Function<MeetingId, Object> command, BooleanSupplier alsoAllowed) {
        MeetingId meeting = MeetingId.of(meetingId);
        Optional<Long> position = send(form, () -> command.apply(meeting), meeting,
                () -> access.canRecordForMeeting(meeting) && alsoAllowed.getAsBoolean());
        if (position.isPresent()) {
            return MeetingPage.redirectTo(meetingId, position.get(), form.formId());
        }
        form.showOn(model, response);
        return meetingPage.show(meetingId, null, null, model);
    }
}
