package dk.protokol.web.admin;

import dk.protokol.events.command.Commands;
import dk.protokol.events.command.Commands.Outcome;
import dk.protokol.events.command.FieldMessage;
import dk.protokol.events.command.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The administrator's form on its way to a command, as the secretary's forms go: the bound form, the command made
 * in the page (its constructor refuses what breaks its limits, with the API's messages) and sent through the
 * {@link Commands} port; a refusal comes back beside the field it names. Who may send is method security's answer
 * on the controllers ({@code canChangeOrganisation}), the same as the API's.
 */

class AdminForms {

    private final MessageSource messages;
    private final ObjectProvider<Commands> commands;

    /** The command port is looked up when a form is saved: read-only page tests start without a command side. */
    AdminForms(MessageSource messages, ObjectProvider<Commands> commands) {
        this.messages = messages;
        this.commands = commands;
    }

    Submission of(String formId, Object form, BindingResult binding, HttpServletRequest request) {
        Map<String, String> typed = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("_csrf") && values.length > 0) {
                typed.put(name, values[0]);
            }
        });
        return new Submission(formId, typed, form, binding, messages);
    }

    /** The position to read from, or empty when anything refused the command (the reason is on the submission). */
    Optional<Long> send(Submission form, Supplier<Object> command, Object aggregateId) {
        if (form.hasErrors()) {
            return Optional.empty();
        }
        Outcome outcome = commands.getObject().make(command, aggregateId);
        if (outcome instanceof Outcome.Accepted accepted) {
            return Optional.of(accepted.result().position());
        }
        Refusal refusal = ((Outcome.Refused) outcome).refusal();
        for (FieldMessage error : refusal.errors()) {
            form.fail(HttpStatus.valueOf(refusal.kind().status()), error.field(), error.message());
        }
        return Optional.empty();
    }
}
