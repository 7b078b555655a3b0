package dk.protokol.infra.startup;

import dk.protokol.command.body.OrgLookupRebuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The command side's lookups are written in the append transaction, so they only need rebuilding when
 * their tables were emptied (restored database, dropped tables). Runs before the demo data, not on a query node.
 * <p>
 * When the event store cannot be read at start (profile {@code axonserver} with Axon Server not yet up: its connector
 * starts without it and keeps connecting), the check is tried again every {@value #RETRY_SECONDS} seconds in the
 * background instead of stopping the start; the README names the window this leaves.
 */
@Component
@Order(10)
// a query node takes no commands (issue 15), so it needs no lookups
@ConditionalOnExpression("'${protokol.node.role:all}' != 'query'")
class CommandLookupStartup implements ApplicationRunner, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CommandLookupStartup.class);
    static final int RETRY_SECONDS = 5;

    private final OrgLookupRebuilder orgLookupRebuilder;
    private ScheduledExecutorService retry;

    CommandLookupStartup(OrgLookupRebuilder orgLookupRebuilder) {
        this.orgLookupRebuilder = orgLookupRebuilder;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (check()) {
            return;
        }
        retry = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "command-lookup-check");
            thread.setDaemon(true);
            return thread;
        });
        retry.scheduleWithFixedDelay(() -> {
            if (check()) {
                retry.shutdown();
            }
        }, RETRY_SECONDS, RETRY_SECONDS, TimeUnit.SECONDS);
    }

    private boolean check() {
        try {
            if (orgLookupRebuilder.rebuildIfEmpty()) {
                log.info("Rebuilt the command side's organisation and meeting lookups from the event store");
            }
            return true;
        } catch (RuntimeException unreadable) {
            log.warn("Cannot read the event store to check the command side's lookups ({}); trying again in {} s",
                    unreadable.toString(), RETRY_SECONDS);
            return false;
        }
    }

    @Override
    public void destroy() {
        if (retry != null) {
            retry.shutdownNow();
        }
    }
}
