package dk.protokol.events.caller;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.PersonId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.EnumSet;
import java.util.Set;

/**
 * Opens a local account ({@code POST /api/accounts}, the administrator's accounts page): a username, a password, the
 * person it acts as (none: null) and its global roles (none: empty).
 */
public record OpenAccount(@NotBlank(message = "Brugernavnet mangler.")
                          @Pattern(regexp = OpenAccount.USERNAME, message = OpenAccount.USERNAME_MESSAGE)
                          String username,
                          @NotNull(message = "Adgangskoden mangler.")
                          @Size(min = 8, max = 72, message = OpenAccount.PASSWORD_MESSAGE)
                          String password,
                          PersonId personId,
                          Set<GlobalRole> roles) implements AccountCommand {

    /** Plain ASCII: a username travels in HTTP Basic headers and log lines. */
    public static final String USERNAME = "[a-z0-9][a-z0-9._-]{2,63}";
    static final String USERNAME_MESSAGE = "Brugernavnet skal være 3-64 tegn og må kun indeholde små bogstaver "
            + "a-z, tal, punktum, bindestreg og understreg; det skal begynde med et bogstav eller et tal.";
    static final String PASSWORD_MESSAGE = "Adgangskoden skal være mellem {min} og {max} tegn.";

    public OpenAccount {
        Limits.check(OpenAccount.class, username, password, personId, roles);
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** Never the password: commands end up in logs and debuggers. */
    @Override
    public String toString() {
        return "OpenAccount[username=" + username + ", personId=" + personId + ", roles=" + roles + "]";
    }
}
