package dk.protokol.infra.deadletters;

import dk.protokol.query.common.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The dead-letter queue for an administrator (issue 13): what is parked and why, and a retry per group. */
@RestController
@RequestMapping("/api/admin/dead-letters")
@PreAuthorize("@accessPolicy.canManageAccounts(authentication)")
@Tag(name = "Drift", description = "Parkerede hændelser / the dead-letter queue")
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    record Overview(List<DeadLetters.Group> groups, List<DeadLetters.Sequence> sequences) {
    }

    record Retried(String group, int sequences, List<DeadLetters.Group> groups) {
    }

    @GetMapping
    @Operation(summary = "Parkerede hændelser pr. visning / parked events per projection")
    Overview overview() {
        return new Overview(deadLetters.groups(), deadLetters.sequences());
    }

    @PostMapping("/{group}/retry")
    @Operation(summary = "Prøver gruppens parkerede hændelser igen / retries a group's parked events",
            description = "Ældste først, hver sekvens i orden; en sekvens, der fejler igen, forbliver parkeret.")
    Retried retry(@PathVariable String group) {
        int taken = deadLetters.retry(group)
                .orElseThrow(() -> new NotFound("Visningen har ingen kø for parkerede hændelser: " + group));
        return new Retried(group, taken, deadLetters.groups());
    }
}
