package dk.protokol.query.organisation;

import dk.protokol.events.query.organisation.FindBodies;
import dk.protokol.events.query.organisation.FindBody;
import dk.protokol.events.query.organisation.FindOrgChart;
import dk.protokol.events.ids.BodyId;
import dk.protokol.query.common.ReadYourWrites;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The organisation queries of API.md. {@code on} is business time (default today), {@code asOf}
 * recording time (default now); {@code minPosition} waits for the live views to include a command's
 * events. An as-of answer is read from the store itself and needs no waiting.
 */
@RestController
@RequestMapping("/api")
@PreAuthorize("@accessPolicy.canReadOrganisation(authentication)")
public class OrganisationQueryController {

    private final OrganisationQueries queries;
    private final ReadYourWrites readYourWrites;

    public OrganisationQueryController(OrganisationQueries queries, ReadYourWrites readYourWrites) {
        this.queries = queries;
        this.readYourWrites = readYourWrites;
    }

    @GetMapping("/bodies")
    public ResponseEntity<List<BodySummary>> bodies(
            @RequestParam(required = false) String organisation,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) Instant asOf,
            @RequestParam(required = false) Long minPosition,
            @RequestParam(defaultValue = "false") boolean includeDissolved) {
        return readYourWrites.answer(minPosition, asOf, () -> queries.handle(new FindBodies(organisation, on, asOf,
                includeDissolved)), OrganisationQueries.PROCESSING_GROUPS);
    }

    @GetMapping("/bodies/{id}")
    public ResponseEntity<BodyDetail> body(
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) Instant asOf,
            @RequestParam(required = false) Long minPosition) {
        return readYourWrites.answer(minPosition, asOf,
                () -> queries.handle(new FindBody(BodyId.of(id), on, asOf)), OrganisationQueries.PROCESSING_GROUPS);
    }

    @GetMapping("/org-chart")
    public ResponseEntity<OrgChart> orgChart(
            @RequestParam(required = false) String organisation,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) Instant asOf,
            @RequestParam(required = false) Long minPosition) {
        return readYourWrites.answer(minPosition, asOf,
                () -> queries.handle(new FindOrgChart(organisation, on, asOf)), OrganisationQueries.PROCESSING_GROUPS);
    }

}
