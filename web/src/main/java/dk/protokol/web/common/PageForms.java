package dk.protokol.web.common;

import dk.protokol.events.caller.AccountCommand;
import dk.protokol.events.caller.Accounts;
import dk.protokol.events.command.Commands;
import dk.protokol.events.command.Commands.Outcome;
import dk.protokol.events.command.FieldMessage;
import dk.protokol.events.command.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one way a page's form becomes a command (the secretary's and the administrator's pages): Spring binds the
 * form ({@code @ModelAttribute}, with {@link FormBinding}) into a {@link Submission}; the command is made in the page
 * — its constructor refuses what breaks its limits, with the API's messages — and sent through the command side's
 * {@link Commands} port, which answers the position to read from or the refusal, put beside the field it names.
 * Who may send is the caller's pages' own question (method security, or {@code CallerAccess}).
 */
public class PageForms {

    private final MessageSource messages;
    private final ObjectProvider<Commands> commands;

    /** The command port is looked up when a form is saved: read-only page tests start without a command side. */
    public PageForms(MessageSource messages, ObjectProvider<Commands> commands) {
        this.messages = messages;
        this.commands = commands;
    }

    /**
     * What was typed is kept to be shown again, except the CSRF token and a password: a password is never written
     * back into a page (nor into its cache or the browser's history of form values).
     */
    public Submission of(String formId, Object form, BindingResult binding, HttpServletRequest request) {
        Map<String, String> typed = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("_csrf") && !name.equals("password") && values.length > 0) {
                typed.put(name, values[0]);
            }
        });
        return new Submission(formId, typed, form, binding, messages);
    }

    /** The position to read from, or empty when anything refused the command (the reason is on the submission). */
    public String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    public Optional<Long> send(Submission form, Supplier<Object> command, Object aggregateId) {
        if (form.hasErrors()) {
            return Optional.empty();
        }
        Outcome outcome = commands.getObject().make(command, aggregateId);
        if (outcome instanceof Outcome.Accepted accepted) {
            return Optional.of(accepted.result().position());
        }
        refuse(form, ((Outcome.Refused) outcome).refusal());
        return Optional.empty();
    }

    /**
     * The same for a local account ({@link Accounts}: accounts are no events, so there is no position to read from):
     * true when done, false when anything refused it (the reason is on the submission).
     */
    public boolean apply(Submission form, Accounts accounts, Supplier<? extends AccountCommand> command) {
        if (form.hasErrors()) {
            return false;
        }
        Accounts.Outcome outcome = accounts.make(command);
        if (outcome instanceof Accounts.Outcome.Refused refused) {
            refuse(form, refused.refusal());
            return false;
        }
        return true;
    }

    private static void refuse(Submission form, Refusal refusal) {
        for (FieldMessage error : refusal.errors()) {
            form.fail(HttpStatus.valueOf(refusal.kind().status()), error.field(), error.message());
        }
    }
}
