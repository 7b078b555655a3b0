package dk.protokol.infra.audit;

import dk.protokol.infra.security.AuditMetadata;
import dk.protokol.query.audit.AuditTrail.CheckpointView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Records a checkpoint of the audit chain at an interval ({@code protokol.audit.checkpoint-interval}, default one
 * hour; zero switches it off) when the chain has grown since the last one. Each node may record one; a second at the
 * same position does no harm.
 */
@Component
public class CheckpointSchedule implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CheckpointSchedule.class);

    private final JdbcAuditTrail audit;
    private final JdbcTemplate jdbc;
    private final Duration interval;
    private ScheduledExecutorService scheduler;

    public CheckpointSchedule(JdbcAuditTrail audit, JdbcTemplate jdbc,
                              @Value("${protokol.audit.checkpoint-interval:PT1H}") Duration interval) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.interval = interval;
    }

    @EventListener(ApplicationReadyEvent.class)
    public synchronized void start() {
        if (interval.isZero() || interval.isNegative() || scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "audit-checkpoints");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                recordIfGrown();
            } catch (RuntimeException e) {
                log.warn("Audit checkpoint not recorded this time: {}", e.toString());
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A checkpoint at the chain's head if it lies beyond the last one; answers it, or empty if none was due. */
    public Optional<CheckpointView> recordIfGrown() {
        Long head = audit.headPosition();
        Long last = jdbc.queryForObject("SELECT MAX(position) FROM audit_checkpoint", Long.class);
        if (head == null || last != null && last >= head) {
            return Optional.empty();
        }
        return Optional.of(audit.recordCheckpoint(AuditMetadata.SYSTEM, "interval"));
    }

    @Override
    public synchronized void destroy() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
