package dk.protokol.infra.demo;

import dk.protokol.infra.eventstore.JdbcEventPositions;
import dk.protokol.infra.security.DemoAccounts;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Loads the demo organisations and a year of their meetings ({@link DemoMeetings}) on an empty store. {@code protokol.demo-data}: {@code auto} (the default)
 * loads them in the embedded H2 mode only, {@code true} always on an empty store, {@code false} never.
 */
@Component
@Order(100)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final String setting;
    private final DataSource dataSource;
    private final JdbcEventPositions positions;
    private final CommandGateway commands;
    private final DemoAccounts demoAccounts;
    private final Clock clock;
    private final PlatformTransactionManager transactions;

    DemoDataLoader(@Value("${protokol.demo-data:auto}") String setting, DataSource dataSource,
                   JdbcEventPositions positions, CommandGateway commands, DemoAccounts demoAccounts, Clock clock,
                   PlatformTransactionManager transactions) {
        this.setting = setting;
        this.dataSource = dataSource;
        this.positions = positions;
        this.commands = commands;
        this.demoAccounts = demoAccounts;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        if (!enabled()) {
            return;
        }
        if (positions.head() >= 0) {
            log.info("Event store is not empty; demo organisations are not loaded");
            return;
        }
        log.info("Loading the demo organisations (BolivVejle, ByLivKolding) on an empty store");
        long started = System.nanoTime();
        DemoOrganisations demo = new DemoOrganisations(commands);
        long[] organisations = new long[1];
        // one transaction, which every command's unit of work joins: one commit rather than one per command, and
        // the demo is recorded whole or not at all, so a start that fails half way finds an empty store again
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            demo.load();
            organisations[0] = System.nanoTime();
            new DemoMeetings(commands, demo.cast, clock).load();
        });
        log.info("Demo data recorded: organisations in {} ms, a year of meetings in {} ms",
                (organisations[0] - started) / 1_000_000, (System.nanoTime() - organisations[0]) / 1_000_000);
        Map<String, UUID> people = new LinkedHashMap<>();
        demo.accountPeople().forEach((username, person) -> people.put(username, person.value()));
        demoAccounts.ensure(people);
        log.info("Demo organisations loaded; demo users: admin, sekretaer, formand, medlem, evaluator");
    }

    private boolean enabled() throws SQLException {
        return switch (setting.trim().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> isEmbedded();
        };
    }

    private boolean isEmbedded() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("h2");
        }
    }
}
