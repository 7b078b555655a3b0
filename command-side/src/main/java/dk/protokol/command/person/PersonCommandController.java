package dk.protokol.command.person;

import dk.protokol.events.command.CommandResult;
import dk.protokol.command.common.CommandSender;
import dk.protokol.events.ids.PersonId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** The commands on people (API.md "Organisation"), erasure included (crypto-shredding, issue 11). */
@RestController
@RequestMapping("/api/people")
@PreAuthorize("@accessPolicy.canChangeOrganisation(authentication)")
@Tag(name = "Organisation", description = "Personer og organer / people and bodies")
class PersonCommandController {

    private final CommandSender commands;

    PersonCommandController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Registrerer en person / registers a person")
    CommandResult register(@Valid @RequestBody PersonDetailsRequest request) {
        PersonId id = PersonId.random();
        return commands.send(request.toRegisterPerson(id), id);
    }

    @PostMapping("/{id}/details")
    @Operation(summary = "Erstatter en persons oplysninger / replaces a person's details",
            description = "Felter, der udelades, ryddes (undtagen navn, som er påkrævet). "
                    + "Fields left out are cleared (except the required name).")
    CommandResult changeDetails(@PathVariable UUID id, @Valid @RequestBody PersonDetailsRequest request) {
        PersonId personId = PersonId.of(id);
        return commands.send(request.toChangePersonDetails(personId), personId);
    }

    @PostMapping("/{id}/erasure")
    @Operation(summary = "Sletter en persons personoplysninger / erases a person's personal data",
            description = "Personens nøgle slettes (crypto-shredding), og PersonErased registreres; personen vises "
                    + "derefter som \"Slettet person\". The person's key is deleted and PersonErased recorded.")
    CommandResult erase(@PathVariable UUID id, @Valid @RequestBody ErasureRequest request) {
        PersonId personId = PersonId.of(id);
        return commands.send(request.toErasePerson(personId), personId);
    }

    @PostMapping("/{id}/official")
    @Operation(summary = "Markerer en person som embedsperson / marks a person as an official",
            description = "En person, der handler i sit embede (fx formand, kommunaldirektør), slettes ikke: "
                    + "offentlighedsloven og arkivloven kræver oplysningerne bevaret. An official is not erased.")
    CommandResult markAsOfficial(@PathVariable UUID id, @Valid @RequestBody OfficialRequest request) {
        PersonId personId = PersonId.of(id);
        return commands.send(request.toMarkPersonAsOfficial(personId), personId);
    }
}
