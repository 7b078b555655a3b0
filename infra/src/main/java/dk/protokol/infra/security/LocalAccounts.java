package dk.protokol.infra.security;

import dk.protokol.events.caller.Account;
import dk.protokol.events.caller.AccountCommand;
import dk.protokol.events.caller.Accounts;
import dk.protokol.events.caller.ChangeAccountPassword;
import dk.protokol.events.caller.DisableAccount;
import dk.protokol.events.caller.LinkAccountToPerson;
import dk.protokol.events.caller.OpenAccount;
import dk.protokol.events.command.Refusal;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The published language's {@link Accounts}, for the pages: the very {@link AccountService} the API uses, so the same
 * rules refuse with the same messages; a refusal comes back as the {@link Refusal} the API answers with problem+json.
 * Who acts is the current caller ({@link AccountCallers}): who opened an account, who may not disable their own.
 */
@Component
class LocalAccounts implements Accounts {

    private final AccountService service;

    LocalAccounts(AccountService service) {
        this.service = service;
    }

    @Override
    public List<Account> all() {
        return service.all();
    }

    @Override
    public Optional<Account> find(String username) {
        return username == null ? Optional.empty() : service.find(username);
    }

    @Override
    public Outcome submit(AccountCommand command) {
        String caller = AccountCallers.of(AccountCallers.currentAuthentication()).username();
        try {
            if (command instanceof OpenAccount open) {
                service.open(open, caller);
            } else if (command instanceof DisableAccount disable) {
                service.disable(disable, caller);
            } else if (command instanceof ChangeAccountPassword password) {
                service.changePassword(password);
            } else if (command instanceof LinkAccountToPerson link) {
                service.link(link);
            } else {
                throw new IllegalArgumentException("Unknown account command " + command.getClass());
            }
        } catch (RuntimeException failure) {
            Optional<Refusal> refusal = Refusal.of(failure);
            if (refusal.isEmpty()) {
                throw failure;
            }
            return new Outcome.Refused(refusal.get());
        }
        return new Outcome.Done(command.username());
    }
}
