package dk.protokol.events.caller;

import dk.protokol.events.command.Limits;
import jakarta.validation.constraints.NotBlank;

/** Disables a local account: it signs in no more ({@code POST /api/accounts/{username}/disable}). */
public record DisableAccount(@NotBlank(message = "Brugernavnet mangler.") String username) implements AccountCommand {

    public DisableAccount {
        Limits.check(DisableAccount.class, username);
    }
}
