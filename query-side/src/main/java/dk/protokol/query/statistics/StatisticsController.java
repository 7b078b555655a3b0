package dk.protokol.query.statistics;

import dk.protokol.events.query.statistics.FindStatistics;
import dk.protokol.events.ids.BodyId;
import dk.protokol.query.actions.ActionProjection;
import dk.protokol.query.common.ReadYourWrites;
import dk.protokol.query.organisation.BodyProjection;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The evaluator's figures for a body over a period, {@code from} to {@code to} both included (default: the
 * year up to today). See {@link Statistics} for what each figure counts.
 */
@RestController
@RequestMapping("/api")
@PreAuthorize("@accessPolicy.canReadOrganisation(authentication)")
public class StatisticsController {

    private final StatisticsQueries queries;
    private final ReadYourWrites readYourWrites;

    public StatisticsController(StatisticsQueries queries, ReadYourWrites readYourWrites) {
        this.queries = queries;
        this.readYourWrites = readYourWrites;
    }

    @GetMapping("/bodies/{id}/statistics")
    public ResponseEntity<BodyStatistics> statistics(
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long minPosition) {
        return readYourWrites.answer(minPosition, null,
                () -> queries.handle(new FindStatistics(BodyId.of(id), from, to)),
                ActionProjection.PROCESSING_GROUP, BodyProjection.PROCESSING_GROUP);
    }
}
