package dk.protokol.bench;

import dk.protokol.infra.ProtokolApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

/**
 * An integration's authenticated request (issue 15): the latency of one API read ({@code GET /api/bodies}) with HTTP
 * Basic (bcrypt on every request) and with an API key (one SHA-256 lookup), beside the unauthenticated health check
 * measured in the same run (the ceiling), on PostgreSQL with the demo data, one request at a time over loopback.
 * <p>
 * Run: {@code ./mvnw -q install -DskipTests && ./mvnw -q -pl bench exec:java
 * -Dexec.mainClass=dk.protokol.bench.AuthBench [-Dexec.args="500"]}
 */
public final class AuthBench {

    private static final String HOST = System.getProperty("bench.db", "127.0.0.1:5432");
    private static final String USER = System.getProperty("bench.user", "postgres");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        String database = "protokol_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + HOST + "/postgres", USER, "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ProtokolApplication.class)
                .run("--server.port=0", "--spring.datasource.url=jdbc:postgresql://" + HOST + "/" + database,
                        "--spring.datasource.username=" + USER, "--protokol.demo-data=true",
                        "--logging.level.root=WARN")) {
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            String basic = "Basic " + Base64.getEncoder().encodeToString("evaluator:demo".getBytes(StandardCharsets.UTF_8));
            String bearer = "Bearer " + BenchAll.apiKey(base, "evaluator", "demo");
            System.out.printf("Authenticated API read, %d requests each, %d cores%n", requests,
                    Runtime.getRuntime().availableProcessors());
            double[] health = measure(base + "/actuator/health", null, requests);
            double[] withKey = measure(base + "/api/bodies", bearer, requests);
            double[] withBasic = measure(base + "/api/bodies", basic, requests);
            report("unauthenticated health (ceiling)", health, health);
            report("GET /api/bodies, API key", withKey, health);
            report("GET /api/bodies, HTTP Basic (bcrypt)", withBasic, health);
        }
    }

    private static double[] measure(String url, String authorization, int requests) throws Exception {
        for (int i = 0; i < requests / 5; i++) {
            send(url, authorization); // warm up
        }
        double[] millis = new double[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            send(url, authorization);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static void send(String url, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static void report(String what, double[] millis, double[] ceiling) {
        double p50 = millis[millis.length / 2];
        double p99 = millis[(int) Math.min(millis.length - 1, Math.ceil(millis.length * 0.99) - 1)];
        System.out.printf("%-40s p50 %7.2f ms  p99 %7.2f ms  (p50 %.1f× the ceiling)%n", what, p50, p99,
                p50 / ceiling[ceiling.length / 2]);
    }
}
