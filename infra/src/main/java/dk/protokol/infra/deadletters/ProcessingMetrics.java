package dk.protokol.infra.deadletters;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.function.ToDoubleFunction;

/**
 * Micrometer gauges per processing group (issue 13): {@value #PARKED} (events parked in its dead-letter queue) and
 * {@value #LAG} (the store's head position minus its slowest segment's), tagged {@code group}. Registered once the
 * processors exist; each reading asks the database, so a scrape sees the shared store as it is.
 */
@Component
class ProcessingMetrics {

    static final String PARKED = "protokol.deadletters.parked";
    static final String LAG = "protokol.processing.lag";

    private static final Logger log = LoggerFactory.getLogger(ProcessingMetrics.class);

    private final MeterRegistry registry;
    private final DeadLetters deadLetters;
    private final ProcessorProgress progress;

    ProcessingMetrics(MeterRegistry registry, DeadLetters deadLetters, ProcessorProgress progress) {
        this.registry = registry;
        this.deadLetters = deadLetters;
        this.progress = progress;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        for (String group : progress.groups()) {
            gauge(PARKED, "Events parked in the group's dead-letter queue", group, this::parked);
            gauge(LAG, "The store's head position minus the group's slowest segment's position", group,
                    progress::lag);
        }
    }

    private long parked(String group) {
        return deadLetters.groups().stream().filter(g -> g.group().equals(group))
                .mapToLong(DeadLetters.Group::letters).sum();
    }

    private void gauge(String name, String description, String group, ToDoubleFunction<String> reading) {
        Gauge.builder(name, group, g -> {
            try {
                return reading.applyAsDouble(g);
            } catch (RuntimeException failure) {
                log.debug("Cannot read {} of {}", name, g, failure);
                return Double.NaN;
            }
        }).description(description).tag("group", group).register(registry);
    }
}
