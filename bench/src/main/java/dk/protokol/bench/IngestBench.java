package dk.protokol.bench;

import dk.protokol.events.command.person.RegisterPerson;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.json.EventJson;
import dk.protokol.events.organisation.PersonRegistered;
import dk.protokol.infra.ProtokolApplication;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ingest: commands per second through the command gateway with 8 concurrent writers, against raw JDBC
 * single-row insert transactions of the same table shape and payload size (the durable-commit ceiling),
 * with and without the commit-order lock, each on a fresh PostgreSQL database.
 * <p>
 * Run: {@code ./mvnw -q install -DskipTests && ./mvnw -q -pl bench exec:java
 * -Dexec.mainClass=dk.protokol.bench.IngestBench [-Dexec.args="4000"]}
 */
public final class IngestBench {

    private static final String HOST = System.getProperty("bench.db", "127.0.0.1:5432");
    private static final String USER = System.getProperty("bench.user", "postgres");
    private static final int WRITERS = 8;

    public static void main(String[] args) throws Exception {
        int commands = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        System.out.printf("Ingest, %d commands, %d writers, %d cores%n", commands, WRITERS,
                Runtime.getRuntime().availableProcessors());
        for (boolean lock : new boolean[]{true, false}) {
            String database = createDatabase();
            double gateway = throughGateway(database, lock, commands);
            double raw = rawInserts(database, commands);
            System.out.printf("commit-order lock %-5s: gateway %8.1f cmd/s, raw JDBC %8.1f tx/s, ratio %.2f%n",
                    lock, gateway, raw, gateway / raw);
        }
    }

    private static double throughGateway(String database, boolean lock, int commands) throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ProtokolApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + url(database),
                        "--spring.datasource.username=" + USER, "--protokol.demo-data=false",
                        "--protokol.eventstore.commit-order-lock=" + lock, "--logging.level.root=WARN")) {
            CommandGateway gateway = app.getBean(CommandGateway.class);
            run(commands / 10, i -> gateway.sendAndWait(register(i)));
            return run(commands, i -> gateway.sendAndWait(register(i)));
        }
    }

    private static double rawInserts(String database, int commands) throws Exception {
        try (Connection ddl = DriverManager.getConnection(url(database), USER, "");
             Statement statement = ddl.createStatement()) {
            statement.execute("CREATE TABLE raw_event_entry (LIKE domain_event_entry INCLUDING ALL)");
        }
        byte[] payload = EventJson.newMapper().writeValueAsBytes(new PersonRegistered(PersonId.random(),
                "Navn Navnesen", "navn@eksempel.dk", null, "Vejle Kommune"));
        byte[] metaData = "{\"userId\":\"bench\",\"correlationId\":\"00000000-0000-0000-0000-000000000000\"}"
                .getBytes();
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                Connection c = DriverManager.getConnection(url(database), USER, "");
                c.setAutoCommit(false);
                return c;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return run(commands, i -> {
            Connection c = connections.get();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO raw_event_entry (event_identifier, "
                    + "aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload_revision, "
                    + "payload, meta_data) VALUES (?, ?, 0, 'Person', ?, ?, '1', ?, ?)")) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, UUID.randomUUID().toString());
                insert.setString(3, java.time.Instant.EPOCH.toString());
                insert.setString(4, PersonRegistered.class.getName());
                insert.setBytes(5, payload);
                insert.setBytes(6, metaData);
                insert.executeUpdate();
                c.commit();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    interface Step {
        void run(int i) throws Exception;
    }

    /** Runs {@code total} steps on {@link #WRITERS} threads; answers steps per second. */
    private static double run(int total, Step step) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            writers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    step.run(i);
                }
                return null;
            }));
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return total / seconds;
    }

    private static RegisterPerson register(int i) {
        return new RegisterPerson(PersonId.random(), "Navn Navnesen " + i, "navn" + i + "@eksempel.dk", null,
                "Vejle Kommune");
    }

    private static String createDatabase() throws Exception {
        String name = "protokol_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection c = DriverManager.getConnection(url("postgres"), USER, "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return name;
    }

    private static String url(String database) {
        return "jdbc:postgresql://" + HOST + "/" + database;
    }
}
