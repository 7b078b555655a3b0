package dk.protokol.command.person;

import dk.protokol.command.common.CommandSender;
import dk.protokol.events.command.CommandResult;
import dk.protokol.events.ids.PersonId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** A person's preference for their mail (issue 14, item 4): chosen by an administrator or by the person. */
@RestController
@Tag(name = "Organisation", description = "Personer og organer / people and bodies")
class PersonLanguageController {

    private final CommandSender commands;

    PersonLanguageController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/api/people/{id}/language")
    @PreAuthorize("@accessPolicy.canReadPersonalData(authentication, #id)")
    @Operation(summary = "Vælger sproget i en persons mails / chooses the language of a person's mail",
            description = "da (dansk, standard) eller en (engelsk). Administratoren eller personen selv.")
    CommandResult chooseLanguage(@PathVariable UUID id, @Valid @RequestBody LanguageRequest request) {
        PersonId personId = PersonId.of(id);
        return commands.send(request.toChooseLanguage(personId), personId);
    }
}
