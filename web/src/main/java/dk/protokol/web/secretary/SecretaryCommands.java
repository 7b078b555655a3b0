package dk.protokol.web.secretary;

import dk.protokol.events.command.CommandResult;
import dk.protokol.command.common.CommandSender;
import dk.protokol.events.command.RuleViolation;
import dk.protokol.events.command.UnknownReference;
import org.springframework.beans.factory.ObjectProvider;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpStatus;

import java.util.Map;
import java.util.Optional;

/**
 * Sends a page's command through the command side's {@link CommandSender} (Axon's CommandGateway, then the
 * position of the aggregate's newest event for read-your-writes). A refusal by the domain is recorded on the
 * submission in Danish, beside the field the rule is about when the form has it.
 */
class SecretaryCommands {

    /** Rules whose refusal is about one field of the form that sent the command. */
    private static final Map<String, String> RULE_FIELDS = Map.ofEntries(
            Map.entry("ExpectedEndAfterStart", "expectedEnd"),
            Map.entry("ExistsInDanishTime", "start"),
            Map.entry("NoMeetingsBeforeTheBodyIsEstablished", "start"),
            Map.entry("NoMeetingsOfADissolvedBody", "bodyId"),
            Map.entry("DueDateNotBeforeTheMeeting", "dueDate"),
            Map.entry("VotesCannotBeNegative", "votesFor"),
            Map.entry("TextIsRequired", "text"),
            Map.entry("ReferralToAnotherBody", "targetBodyId"),
            Map.entry("NoReferralToADissolvedBody", "targetBodyId"),
            Map.entry("AttendanceOnlyForMembersSubstitutesOrGuests", "personId"),
            Map.entry("PartialAttendanceFollowsTheAgenda", "fromItemId"),
            Map.entry("DecidedItemStaysADecisionItem", "kind"));

    private final ObjectProvider<CommandSender> sender;

    /** The sender is looked up when a form is saved: the read-only page tests start without a command side. */
    SecretaryCommands(ObjectProvider<CommandSender> sender) {
        this.sender = sender;
    }

    /** The position to read from, or empty when the command was refused (the reason is on the submission). */
    Optional<Long> send(Submission submission, Object command, Object aggregateId) {
        try {
            CommandResult result = sender.getObject().send(command, aggregateId);
            return Optional.of(result.position());
        } catch (RuntimeException failure) {
            Throwable cause = failure;
            while (cause != null) {
                if (cause instanceof RuleViolation violation) {
                    submission.fail(HttpStatus.CONFLICT, RULE_FIELDS.get(violation.rule()), violation.getMessage());
                    return Optional.empty();
                }
                if (cause instanceof UnknownReference unknown) {
                    submission.fail(HttpStatus.NOT_FOUND, null, unknown.getMessage());
                    return Optional.empty();
                }
                if (cause instanceof AggregateNotFoundException) {
                    submission.fail(HttpStatus.NOT_FOUND, null, "Mødet findes ikke.");
                    return Optional.empty();
                }
                cause = cause.getCause() == cause ? null : cause.getCause();
            }
            throw failure;
        }
    }
}
