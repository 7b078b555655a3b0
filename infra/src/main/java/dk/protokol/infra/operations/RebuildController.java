package dk.protokol.infra.operations;

import dk.protokol.query.common.InvalidQuery;
import dk.protokol.query.operations.Operations;
import dk.protokol.query.operations.Operations.RebuildProgress;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * {@code POST /api/admin/rebuild} resets every view and replays it from the events; {@code GET} reports
 * {@code {state, done, total, eventsPerSecond, secondsLeft}}. {@code GET /api/admin/views/checksums} answers a
 * checksum per view table, to compare two rebuilds or two installations. Administrators only.
 */
@RestController
@RequestMapping("/api/admin")
@PreAuthorize("@accessPolicy.canManageAccounts(authentication)")
@Tag(name = "Drift", description = "Genopbygning af visningerne / rebuilding the views")
class RebuildController {

    private final Operations operations;
    private final ViewChecksums checksums;

    RebuildController(Operations operations, ViewChecksums checksums) {
        this.operations = operations;
        this.checksums = checksums;
    }

    @PostMapping("/rebuild")
    @Operation(summary = "Genopbygger alle visninger fra hændelserne / rebuilds every view",
            description = "Svarer 202 med fremdriften; 409, mens en genopbygning kører. Registreres som hændelsen "
                    + "ViewsRebuildStarted med hvem.")
    ResponseEntity<RebuildProgress> start(@RequestBody(required = false) Map<String, Object> request,
                                          Authentication authentication) {
        // the request takes no fields ({} or no body): anything else is refused before a view is touched
        if (request != null && !request.isEmpty()) {
            throw InvalidQuery.of(request.keySet().iterator().next(),
                    "Genopbygningen tager ingen felter; send {} eller ingen krop.");
        }
        try {
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(operations.startRebuild(authentication.getName()));
        } catch (ViewRebuild.AlreadyRunning e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
            throw new ErrorResponseException(HttpStatus.CONFLICT, problem, e);
        }
    }

    @GetMapping("/rebuild")
    @Operation(summary = "Genopbygningens fremdrift / the rebuild's progress")
    RebuildProgress progress() {
        return operations.rebuildProgress();
    }

    @GetMapping("/views/checksums")
    @Operation(summary = "En kontrolsum pr. visningstabel / a checksum per view table")
    Map<String, ViewChecksums.Checksum> checksums() {
        return checksums.all();
    }
}
