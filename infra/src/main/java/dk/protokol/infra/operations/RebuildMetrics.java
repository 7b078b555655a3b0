package dk.protokol.infra.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The rebuild's progress for the operators' scraper (issue 15): {@code protokol.rebuild.done} and
 * {@code protokol.rebuild.head} (positions; not "total", which Prometheus keeps for counters),
 * {@code protokol.rebuild.running} (1 while a rebuild runs on this node) and {@code protokol.rebuild.events.per.second}.
 */
@Component
class RebuildMetrics implements MeterBinder {

    private final ViewRebuild rebuild;

    RebuildMetrics(ViewRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("protokol.rebuild.done", rebuild, r -> r.progress().done())
                .description("Positions the slowest view has replayed in the current or last rebuild")
                .register(registry);
        Gauge.builder("protokol.rebuild.head", rebuild, r -> r.progress().total())
                .description("The store's head when the current or last rebuild began")
                .register(registry);
        Gauge.builder("protokol.rebuild.running", rebuild, r -> r.progress().state().equals("RUNNING") ? 1 : 0)
                .description("1 while a rebuild of the views runs on this node")
                .register(registry);
        Gauge.builder("protokol.rebuild.events.per.second", rebuild, r -> r.progress().eventsPerSecond())
                .description("The current or last rebuild's rate")
                .register(registry);
    }
}
