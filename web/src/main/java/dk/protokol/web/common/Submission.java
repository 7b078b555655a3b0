package dk.protokol.web.common;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One posted form on its way to a command: what was typed (kept verbatim, so that a page rendered again after a
 * failure shows it all), and what is wrong with it, per field or for the form as a whole. It starts from Spring's
 * binding of the form ({@code @ModelAttribute}, {@link BindingResult}: a value that is not a date, a number or one
 * of the choices); the command's own limits and the domain's rules add to it through {@link PageForms#send}.
 */
public final class Submission {

    private final String formId;
    private final Map<String, String> typed;
    private final Object form;
    private final Map<String, String> fieldErrors = new LinkedHashMap<>();
    private String formError;
    private HttpStatus status = HttpStatus.BAD_REQUEST;

    public Submission(String formId, Map<String, String> typed, Object form, BindingResult binding, MessageSource messages) {
        this.formId = formId;
        this.typed = Collections.unmodifiableMap(new LinkedHashMap<>(typed));
        this.form = form;
        for (FieldError error : binding.getFieldErrors()) {
            fieldErrors.putIfAbsent(error.getField(), messages.getMessage(error, LocaleContextHolder.getLocale()));
        }
    }

    public String formId() {
        return formId;
    }

    public boolean hasErrors() {
        return !fieldErrors.isEmpty() || formError != null;
    }

    /** A failure beside {@code field} when the form has that field (posted, or one of its own), else of the whole form. */
    public void fail(HttpStatus status, String field, String message) {
        this.status = status;
        if (field != null && (typed.containsKey(field) || declares(field))) {
            fieldErrors.putIfAbsent(field, message);
        } else if (formError == null) {
            formError = message;
        }
    }

    private boolean declares(String field) {
        try {
            form.getClass().getDeclaredField(field);
            return true;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    /** Puts the failure on the page rendered again: the form that failed, what was typed, and why. */
    public void showOn(Model model, jakarta.servlet.http.HttpServletResponse response) {
        model.addAttribute("failed", formId);
        model.addAttribute("typed", typed);
        model.addAttribute("fieldErrors", Collections.unmodifiableMap(fieldErrors));
        model.addAttribute("formError", formError);
        response.setStatus(status.value());
    }

    /** Nothing failed: every form shows empty fields. */
    public static void none(Model model) {
        if (!model.containsAttribute("failed")) {
            model.addAttribute("failed", "");
            model.addAttribute("typed", Map.of());
            model.addAttribute("fieldErrors", Map.of());
            model.addAttribute("formError", null);
        }
    }
}
