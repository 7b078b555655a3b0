package dk.protokol.infra.deadletters;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * Health says DEGRADED, not UP, while any projection has parked events: the application serves, but a view misses
 * what is parked (issue 13). The details name each group with its parked sequences and letters. DEGRADED answers 200
 * (application.yml maps it), so a load balancer keeps the node; a monitor sees the status.
 */
@Component("deadLettersHealthIndicator")
public class DeadLetterHealth extends AbstractHealthIndicator {

    public static final Status DEGRADED = new Status("DEGRADED", "Events are parked in the dead-letter queue");

    private final DeadLetters deadLetters;

    DeadLetterHealth(DeadLetters deadLetters) {
        super("Dead-letter check failed");
        this.deadLetters = deadLetters;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        var groups = deadLetters.groups();
        builder.status(groups.isEmpty() ? Status.UP : DEGRADED);
        groups.forEach(group -> builder.withDetail(group.group(),
                java.util.Map.of("sequences", group.sequences(), "letters", group.letters())));
    }
}
