package dk.protokol.events.caller;

import dk.protokol.events.command.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Gives a local account a new password ({@code POST /api/accounts/{username}/password}); the same limits as opening. */
public record ChangeAccountPassword(@NotBlank(message = "Brugernavnet mangler.")
                                    String username,
                                    @NotNull(message = "Adgangskoden mangler.")
                                    @Size(min = 8, max = 72, message = OpenAccount.PASSWORD_MESSAGE)
                                    String password) implements AccountCommand {

    public ChangeAccountPassword {
        Limits.check(ChangeAccountPassword.class, username, password);
    }

    /** Never the password: commands end up in logs and debuggers. */
    @Override
    public String toString() {
        return "ChangeAccountPassword[username=" + username + "]";
    }
}
