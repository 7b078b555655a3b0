package dk.protokol.infra.axonserver;

import dk.protokol.command.common.EventPositions;
import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.eventstore.AxonServerEventHistory;
import dk.protokol.infra.eventstore.AxonServerEventPositions;
import dk.protokol.infra.node.CommandMetrics;
import dk.protokol.infra.support.PostgresTestDatabase;
import dk.protokol.query.common.EventHistory;
import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.axonserver.connector.query.AxonServerQueryBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.queryhandling.QueryBus;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, item 4: the {@code axonserver} profile's context wires Axon Server as event store and message router, on
 * PostgreSQL for the views, tokens and dead letters. Axon Server itself cannot run on this machine (no container
 * runtime, and it is not a library): the context starts with the connection pointed at a closed port, where the
 * connector keeps trying in the background, and the beans are asserted by type. Nothing is sent: a command would
 * wait for a connection that never comes. A command node, because a view processor's start needs the store (its
 * first token): a query node does not start without Axon Server (nor should it).
 */
class AxonServerProfileOnPostgresTest {

    @Test
    void theProfileWiresAxonServerAsStoreAndRouterAndKeepsTheJdbcPiecesThatStay() throws Exception {
        String database = PostgresTestDatabase.createDatabase();
        try (ConfigurableApplicationContext node = new SpringApplicationBuilder(ProtokolApplication.class)
                .profiles("axonserver", "command-node")
                .run("--server.port=0",
                        "--spring.datasource.url=" + PostgresTestDatabase.url(database),
                        "--spring.datasource.username=" + PostgresTestDatabase.USER,
                        "--spring.datasource.password=" + PostgresTestDatabase.PASSWORD,
                        "--spring.datasource.hikari.maximum-pool-size=4",
                        "--protokol.demo-data=false",
                        "--axon.axonserver.servers=127.0.0.1:" + closedPort())) {
            assertThat(node.getBean(EventStore.class)).isInstanceOf(AxonServerEventStore.class);
            assertThat(node.getBean(CommandBus.class)).isInstanceOf(AxonServerCommandBus.class);
            assertThat(node.getBean(QueryBus.class)).isInstanceOf(AxonServerQueryBus.class);
            assertThat(node.getBeansOfType(EventStorageEngine.class).values())
                    .noneMatch(engine -> engine instanceof JdbcEventStorageEngine
                            || engine.getClass().getName().startsWith("dk.protokol"));
            // the views' tokens and dead letters stay in PostgreSQL, committed with the views
            assertThat(node.getBean(TokenStore.class)).isInstanceOf(JdbcTokenStore.class);
            // the JDBC-only ports answered by their Axon Server counterparts
            assertThat(node.getBean(EventPositions.class)).isInstanceOf(AxonServerEventPositions.class);
            assertThat(node.getBean(EventHistory.class)).isInstanceOf(AxonServerEventHistory.class);
            // the command timer is on the command bus here too
            assertThat(node.getBean(CommandMetrics.class)).isNotNull();
        }
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
