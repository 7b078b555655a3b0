package dk.protokol.infra.eventstore;

import dk.protokol.command.common.EventPositions;
import dk.protokol.query.common.EventHistory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Profile {@code axonserver} (issue 15, item 4): Axon Server stores the events and routes commands, queries and
 * events (Axon's own autoconfiguration gives the {@code AxonServerEventStore}, {@code AxonServerCommandBus} and
 * {@code AxonServerQueryBus}); here the counterparts of the JDBC store's own pieces. What each JDBC-only piece becomes
 * is in the README ("Axon Server") and DESIGN.md:
 * <ul>
 *   <li>the commit-order lock: none needed; Axon Server gives each event its global position as it commits, one
 *   writer per context, so a reader never passes a position that a slower transaction fills later;</li>
 *   <li>event positions for read-your-writes: {@link AxonServerEventPositions};</li>
 *   <li>the as-of history: {@link AxonServerEventHistory};</li>
 *   <li>the command-side lookups: still written by the subscribing groups in the command's unit of work, in
 *   PostgreSQL, but no longer in one transaction with the events (see the README);</li>
 *   <li>the audit chain: not extended (it lives in the JDBC store's append statement);</li>
 *   <li>tokens and dead letters: in PostgreSQL as before ({@link StoreConfiguration}), committed with the views.</li>
 * </ul>
 * The JDBC beans that only read the (here empty) JDBC event table stay; the two ports are answered by these
 * ({@link Primary}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true")
public class AxonServerStoreConfiguration {

    /**
     * No commit-order lock: Axon Server orders the commits. (The audit import, which writes into the JDBC table, asks
     * for one; on Axon Server it has nothing to import into, see the README.)
     */
    @Bean
    public CommitOrderLock commitOrderLock() {
        return CommitOrderLock.NONE;
    }

    @Bean
    @Primary
    public EventPositions axonServerEventPositions(EventStore eventStore) {
        return new AxonServerEventPositions(eventStore);
    }

    @Bean
    @Primary
    public EventHistory axonServerEventHistory(EventStore eventStore) {
        return new AxonServerEventHistory(eventStore);
    }
}
