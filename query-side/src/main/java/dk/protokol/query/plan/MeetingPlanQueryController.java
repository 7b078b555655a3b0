package dk.protokol.query.plan;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.query.plan.FindMeetingPlan;
import dk.protokol.query.common.InvalidQuery;
import dk.protokol.query.minutes.MinutesProjection;
import dk.protokol.query.common.ReadYourWrites;
import dk.protokol.query.organisation.OrganisationQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;
import java.util.stream.Stream;

/**
 * {@code GET /api/bodies/{id}/meeting-plan?year=}: what the secretary plans the year from (the body's secretary or
 * an administrator). The chosen meetings are posted back to the same path and scheduled on the command side.
 */
@RestController
@Tag(name = "Mødeplan", description = "Årets mødeplan ud fra organets mødekadence / the year's meeting plan")
public class MeetingPlanQueryController {

    /** The years a plan is made for. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final MeetingPlanQueries queries;
    private final ReadYourWrites readYourWrites;

    public MeetingPlanQueryController(MeetingPlanQueries queries, ReadYourWrites readYourWrites) {
        this.queries = queries;
        this.readYourWrites = readYourWrites;
    }

    @GetMapping("/api/bodies/{id}/meeting-plan")
    @PreAuthorize("@accessPolicy.canRecordFor(authentication, #bodyId)")
    @Operation(summary = "Foreslår årets møder / proposes the year's meetings",
            description = "Jævnt fordelt over året efter organets mødekadence, på hverdage uden helligdage, "
                    + "med tid og sted fra organets seneste møde (ellers kl. 14–16).")
    public ResponseEntity<MeetingPlan> plan(@PathVariable("id") UUID bodyId,
                                            @RequestParam(required = false) Integer year,
                                            @RequestParam(required = false) Long minPosition) {
        // a missing year is refused after the access check (a binding error would answer 400 before it)
        if (year == null) {
            throw InvalidQuery.of("year", "Angiv året, planen gælder (year).");
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw InvalidQuery.of("year", "Året skal ligge mellem " + FIRST_YEAR + " og " + LAST_YEAR + ".");
        }
        String[] groups = Stream.concat(Stream.of(OrganisationQueries.PROCESSING_GROUPS),
                Stream.of(MinutesProjection.PROCESSING_GROUP)).toArray(String[]::new);
        return readYourWrites.answer(minPosition, null,
                () -> queries.handle(new FindMeetingPlan(BodyId.of(bodyId), year)), groups);
    }
}
