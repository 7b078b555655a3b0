package dk.protokol.query.personal;

import dk.protokol.events.ids.PersonId;
import dk.protokol.query.actions.ActionProjection;
import dk.protokol.query.common.ReadYourWrites;
import dk.protokol.query.organisation.BodyProjection;
import dk.protokol.query.organisation.PersonProjection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** {@code GET /api/people/{id}/data}: everything stored about a person, decrypted (an administrator, or the person). */
@RestController
@RequestMapping("/api")
@Tag(name = "Organisation", description = "Personer og organer / people and bodies")
public class PersonalDataController {

    private final PersonalDataQueries queries;
    private final ReadYourWrites readYourWrites;

    public PersonalDataController(PersonalDataQueries queries, ReadYourWrites readYourWrites) {
        this.queries = queries;
        this.readYourWrites = readYourWrites;
    }

    @GetMapping("/people/{id}/data")
    @PreAuthorize("@accessPolicy.canReadPersonalData(authentication, #id)")
    @Operation(summary = "Alt, hvad der er gemt om en person (GDPR art. 15) / everything stored about a person")
    public ResponseEntity<PersonalDataExport> data(@PathVariable UUID id,
                                                   @RequestParam(required = false) Long minPosition) {
        return readYourWrites.answer(minPosition, null, () -> queries.export(PersonId.of(id)),
                PersonProjection.PROCESSING_GROUP, BodyProjection.PROCESSING_GROUP, ActionProjection.PROCESSING_GROUP);
    }
}
