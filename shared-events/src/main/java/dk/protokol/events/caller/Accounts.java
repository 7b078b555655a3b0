package dk.protokol.events.caller;

import dk.protokol.events.command.InvalidCommand;
import dk.protokol.events.command.Refusal;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Port: the local accounts people sign in with, for the administrator's pages (the API has its own controller over
 * the same service). Infra implements it once, over its account service, so an account is opened, disabled, given a
 * new password or linked to a person by the same rules, refused with the same Danish messages, on every path: the
 * commands' limits are checked in their constructors ({@code Limits}), the rules that need the accounts (a username
 * taken once, a password bcrypt can take, a person that exists) by the service; either way the sender is told one
 * {@link Refusal}, as a command of the organisation would be.
 * <p>
 * Who asks is the current caller ({@link Callers}): the pages check {@code canManageAccounts} before they ask.
 */
public interface Accounts {

    /** Every account, by username. */
    List<Account> all();

    Optional<Account> find(String username);

    /** Carries out the command: done, naming the account's username, or refused with the reason. */
    Outcome submit(AccountCommand command);

    /**
     * Makes the command and carries it out: a command its constructor refuses (its limits, {@link InvalidCommand})
     * is refused like one the service refuses, and nothing is changed.
     */
    default Outcome make(Supplier<? extends AccountCommand> command) {
        AccountCommand made;
        try {
            made = command.get();
        } catch (InvalidCommand invalid) {
            return new Outcome.Refused(Refusal.of(invalid).orElseThrow());
        }
        return submit(made);
    }

    /** What became of a command on an account. */
    sealed interface Outcome {

        record Done(String username) implements Outcome {
        }

        record Refused(Refusal refusal) implements Outcome {
        }
    }
}
