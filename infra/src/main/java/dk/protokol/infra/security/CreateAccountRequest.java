package dk.protokol.infra.security;

import dk.protokol.events.caller.GlobalRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Set;
import java.util.UUID;

/** {@code POST /api/accounts} (API.md "Organisation"). */
public record CreateAccountRequest(
        @NotBlank(message = "Brugernavnet mangler.")
        @Pattern(regexp = USERNAME, message = "Brugernavnet skal være 3-64 tegn og må kun indeholde små bogstaver "
                + "a-z, tal, punktum, bindestreg og understreg; det skal begynde med et bogstav eller et tal.")
        String username,
        @NotNull(message = "Adgangskoden mangler.")
        @Size(min = 8, max = 72, message = "Adgangskoden skal være mellem {min} og {max} tegn.")
        String password,
        UUID personId,
        Set<GlobalRole> roles) {

    /** Plain ASCII: a username travels in HTTP Basic headers and log lines. */
    public static final String USERNAME = "[a-z0-9][a-z0-9._-]{2,63}";

    public Set<GlobalRole> roles() {
        return roles == null ? Set.of() : roles;
    }

    /** Never the password: requests end up in logs and debuggers. */
    @Override
    public String toString() {
        return "CreateAccountRequest[username=" + username + ", personId=" + personId + ", roles=" + roles + "]";
    }
}
