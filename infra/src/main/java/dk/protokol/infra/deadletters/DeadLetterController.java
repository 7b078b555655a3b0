package dk.protokol.infra.deadletters;

import dk.protokol.query.common.InvalidQuery;
import dk.protokol.query.common.NotFound;
import dk.protokol.query.operations.Operations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The dead-letter queue for an administrator (issues 12 and 13): what is parked and why, a retry per group, and an
 * eviction of one sequence or the whole group; each retry and eviction recorded as an event with who.
 */
@RestController
@RequestMapping("/api/admin/dead-letters")
@PreAuthorize("@accessPolicy.canManageAccounts(authentication)")
@Tag(name = "Drift", description = "Parkerede hændelser / the dead-letter queue")
class DeadLetterController {

    private final Operations operations;

    DeadLetterController(Operations operations) {
        this.operations = operations;
    }

    record Overview(List<Operations.DeadLetterGroup> groups, List<Operations.DeadLetterSequence> sequences) {
    }

    record Retried(String group, int sequences, List<Operations.DeadLetterGroup> groups) {
    }

    record Evict(String sequence, String reason) {
    }

    record Evicted(String group, String sequence, int letters, List<Operations.DeadLetterGroup> groups) {
    }

    @GetMapping
    @Operation(summary = "Parkerede hændelser pr. visning / parked events per projection")
    Overview overview() {
        return new Overview(operations.deadLetterGroups(), operations.deadLetterSequences());
    }

    @PostMapping("/{group}/retry")
    @Operation(summary = "Prøver gruppens parkerede hændelser igen / retries a group's parked events",
            description = "Ældste først, hver sekvens i orden; en sekvens, der fejler igen, forbliver parkeret. "
                    + "Registreres som hændelsen DeadLettersRetried med hvem.")
    Retried retry(@PathVariable String group, Authentication authentication) {
        int taken = operations.retry(group, authentication.getName())
                .orElseThrow(() -> noQueue(group));
        return new Retried(group, taken, operations.deadLetterGroups());
    }

    @PostMapping(path = "/{group}/evict", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Opgiver parkerede hændelser / evicts parked events",
            description = "{sequence?, reason}: én sekvens (typisk et aggregats id) eller, uden sequence, alle "
                    + "gruppens. Hændelserne bliver i lageret; kun visningen springer dem over. Registreres som "
                    + "hændelsen DeadLettersEvicted med hvem og hvorfor.")
    Evicted evict(@PathVariable String group, @RequestBody(required = false) Evict request,
                  Authentication authentication) {
        String sequence = request == null || request.sequence() == null || request.sequence().isBlank() ? null
                : request.sequence().strip();
        String reason = request == null || request.reason() == null ? "" : request.reason().strip();
        int letters;
        try {
            letters = operations.evict(group, sequence, authentication.getName(), reason)
                    .orElseThrow(() -> noQueue(group));
        } catch (IllegalArgumentException refused) {
            throw InvalidQuery.of("reason", refused.getMessage());
        }
        if (sequence != null && letters == 0) {
            throw new NotFound("Visningen " + group + " har ingen parkerede hændelser i sekvensen " + sequence + ".");
        }
        return new Evicted(group, sequence, letters, operations.deadLetterGroups());
    }

    private static NotFound noQueue(String group) {
        return new NotFound("Visningen har ingen kø for parkerede hændelser: " + group);
    }
}
