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

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Loads the demo organisations on an empty store. {@code protokol.demo-data}: {@code auto} (the default)
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

    DemoDataLoader(@Value("${protokol.demo-data:auto}") String setting, DataSource dataSource,
                   JdbcEventPositions positions, CommandGateway commands, DemoAccounts demoAccounts) {
        this.setting = setting;
        this.dataSource = dataSource;
        this.positions = positions;
        this.commands = commands;
        this.demoAccounts = demoAccounts;
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
        DemoOrganisations demo = new DemoOrganisations(commands);
        demo.load();
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
