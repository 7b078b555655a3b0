package dk.protokol.infra.deadletters;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.TreeMap;

/**
 * Health says DEGRADED, not UP, while any projection has parked events or is stuck (a segment retrying without parking,
 * or standing still behind the head: {@link ProcessorProgress}): the application serves, but a view misses what is
 * parked or stuck (issue 13). The details name each group with its parked sequences and letters, and under
 * {@code stuck} each stuck group with why and its lag. DEGRADED answers 200 (application.yml maps it), so a load
 * balancer keeps the node; a monitor sees the status.
 */
@Component("deadLettersHealthIndicator")
public class DeadLetterHealth extends AbstractHealthIndicator {

    public static final Status DEGRADED = new Status("DEGRADED",
            "Events are parked in the dead-letter queue, or a processor is stuck");

    private final DeadLetters deadLetters;
    private final ProcessorProgress progress;

    DeadLetterHealth(DeadLetters deadLetters, ProcessorProgress progress) {
        super("Dead-letter check failed");
        this.deadLetters = deadLetters;
        this.progress = progress;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        var groups = deadLetters.groups();
        Map<String, Object> stuck = new TreeMap<>();
        progress.progress().stream().filter(group -> group.stuck() != null).forEach(group -> stuck.put(group.group(),
                Map.of("why", group.stuck(), "lag", group.lag())));
        builder.status(groups.isEmpty() && stuck.isEmpty() ? Status.UP : DEGRADED);
        groups.forEach(group -> builder.withDetail(group.group(),
                Map.of("sequences", group.sequences(), "letters", group.letters())));
        if (!stuck.isEmpty()) {
            builder.withDetail("stuck", stuck);
        }
    }
}
