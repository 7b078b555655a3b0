package dk.protokol.web.secretary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;

import java.util.LinkedHashMap;
import java.util.Map;

/** Starts a submission from the posted parameters, and puts a failed one on the page rendered again. */
class Forms {

    private final MessageSource messages;

    Forms(MessageSource messages) {
        this.messages = messages;
    }

    Submission of(String formId, HttpServletRequest request) {
        Map<String, String> typed = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("_csrf") && values.length > 0) {
                typed.put(name, values[0]);
            }
        });
        return new Submission(formId, typed, this::message);
    }

    String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    /** Nothing failed: every form shows empty fields. */
    static void noFailure(Model model) {
        if (!model.containsAttribute("failed")) {
            model.addAttribute("failed", "");
            model.addAttribute("typed", Map.of());
            model.addAttribute("fieldErrors", Map.of());
            model.addAttribute("formError", null);
        }
    }

    static void failure(Model model, Submission submission, HttpServletResponse response) {
        model.addAttribute("failed", submission.formId());
        model.addAttribute("typed", submission.typed());
        model.addAttribute("fieldErrors", submission.fieldErrors());
        model.addAttribute("formError", submission.formError());
        response.setStatus(submission.status().value());
    }
}
