package dk.protokol.events.caller;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.PersonId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Links a local account to the person it acts as ({@code POST /api/accounts/{username}/person}); its rights in the
 * bodies follow from that person's memberships from then on.
 */
public record LinkAccountToPerson(@NotBlank(message = "Brugernavnet mangler.")
                                  String username,
                                  @NotNull(message = "Vælg den person, kontoen hører til.")
                                  PersonId personId) implements AccountCommand {

    public LinkAccountToPerson {
        Limits.check(LinkAccountToPerson.class, username, personId);
    }
}
