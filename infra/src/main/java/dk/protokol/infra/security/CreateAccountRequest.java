package dk.protokol.infra.security;

import dk.protokol.events.caller.GlobalRole;
import dk.protokol.events.caller.OpenAccount;
import dk.protokol.events.ids.PersonId;

import java.util.Set;
import java.util.UUID;

/**
 * {@code POST /api/accounts} (API.md "Organisation"): the HTTP shape only; what may be typed is the published
 * language's {@link OpenAccount}'s to say, as for the administrator's pages.
 */
public record CreateAccountRequest(String username, String password, UUID personId, Set<GlobalRole> roles) {

    public Set<GlobalRole> roles() {
        return roles == null ? Set.of() : roles;
    }

    OpenAccount toOpenAccount() {
        return new OpenAccount(username, password, PersonId.ofNullable(personId), roles());
    }

    /** Never the password: requests end up in logs and debuggers. */
    @Override
    public String toString() {
        return "CreateAccountRequest[username=" + username + ", personId=" + personId + ", roles=" + roles + "]";
    }
}
