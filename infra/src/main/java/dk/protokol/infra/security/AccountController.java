package dk.protokol.infra.security;

import dk.protokol.events.caller.ChangeAccountPassword;
import dk.protokol.events.caller.DisableAccount;
import dk.protokol.events.caller.LinkAccountToPerson;
import dk.protokol.events.ids.PersonId;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * The local accounts in the API (API.md "Organisation"): opened, disabled, given a new password, linked to a person.
 * The requests are HTTP shapes; the published language's commands limit what is typed and {@link AccountService}
 * holds the rules, as for the administrator's pages ({@link LocalAccounts}).
 */
@RestController
@RequestMapping("/api/accounts")
@PreAuthorize("@accessPolicy.canManageAccounts(authentication)")
class AccountController {

    private final AccountService accounts;

    AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    /** {@code POST /api/accounts/{username}/password}: never logged with the password. */
    record PasswordRequest(String password) {
        @Override
        public String toString() {
            return "PasswordRequest[]";
        }
    }

    /** {@code POST /api/accounts/{username}/person}. */
    record PersonRequest(UUID personId) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AccountCreated create(@RequestBody CreateAccountRequest request, Authentication creator) {
        UUID id = accounts.open(request.toOpenAccount(), creator.getName());
        return new AccountCreated(id, request.username());
    }

    @PostMapping("/{username}/disable")
    AccountCreated disable(@PathVariable String username, Authentication caller) {
        accounts.disable(new DisableAccount(username), caller.getName());
        return answer(username);
    }

    @PostMapping("/{username}/password")
    AccountCreated password(@PathVariable String username, @RequestBody PasswordRequest request) {
        accounts.changePassword(new ChangeAccountPassword(username, request.password()));
        return answer(username);
    }

    @PostMapping("/{username}/person")
    AccountCreated person(@PathVariable String username, @RequestBody PersonRequest request) {
        accounts.link(new LinkAccountToPerson(username, PersonId.ofNullable(request.personId())));
        return answer(username);
    }

    private AccountCreated answer(String username) {
        return new AccountCreated(accounts.find(username).orElseThrow().id(), username);
    }
}
