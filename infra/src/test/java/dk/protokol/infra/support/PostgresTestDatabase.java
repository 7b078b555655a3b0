package dk.protokol.infra.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.PropertySource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Gives each Spring test context a fresh database on the local PostgreSQL (no Docker here), so every
 * context starts with an empty event store. Host, port and user come from PROTOKOL_TEST_DB_HOST,
 * PROTOKOL_TEST_DB_PORT and PROTOKOL_TEST_DB_USER (defaults 127.0.0.1, 5432, postgres).
 */
public class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String HOST = env("PROTOKOL_TEST_DB_HOST", "127.0.0.1");
    public static final String PORT = env("PROTOKOL_TEST_DB_PORT", "5432");
    public static final String USER = env("PROTOKOL_TEST_DB_USER", "postgres");
    public static final String PASSWORD = env("PROTOKOL_TEST_DB_PASSWORD", "");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String name = createDatabase();
        // demo data stays off unless the test itself asks for it (@SpringBootTest(properties = ...))
        PropertySource<?> inlined = context.getEnvironment().getPropertySources().get("Inlined Test Properties");
        boolean testChoosesDemoData = inlined != null && inlined.containsProperty("protokol.demo-data");
        TestPropertyValues.of(
                "spring.datasource.url=" + url(name),
                "spring.datasource.username=" + USER,
                "spring.datasource.password=" + PASSWORD,
                // many contexts stay cached during a run; together they must stay under max_connections
                "spring.datasource.hikari.maximum-pool-size=8",
                "spring.datasource.hikari.minimum-idle=1",
                "protokol.test.database=" + name
        ).and(testChoosesDemoData ? "protokol.test.demo-data-chosen=true" : "protokol.demo-data=false")
                .applyTo(context.getEnvironment());
    }

    public static String createDatabase() {
        String name = "protokol_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database on " + HOST + ":" + PORT
                    + " (is PostgreSQL running?)", e);
        }
        return name;
    }

    public static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
