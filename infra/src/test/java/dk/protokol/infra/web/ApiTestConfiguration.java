package dk.protokol.infra.web;

import dk.protokol.events.command.RuleViolation;
import dk.protokol.infra.security.AccountPrincipal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A small API of its own for the tests of security, errors, idempotency and metadata, since the real
 * controllers are written elsewhere: a test aggregate driven through the real command gateway, and
 * endpoints that fail in the ways the real ones can. Nested here so that only tests that name this
 * configuration get it (Spring Boot's test type filter keeps it out of component scanning).
 */
@TestConfiguration(proxyBeanMethods = false)
public class ApiTestConfiguration {

    public record CreateProbe(@TargetAggregateIdentifier String id, String label) {
    }

    public record BreakProbe(@TargetAggregateIdentifier String id) {
    }

    public record ProbeCreated(String id, String label) {
    }

    public enum ProbeKind { SMALL, LARGE }

    public record ProbeRequest(@NotBlank String label) {
    }

    public record TypedRequest(@NotBlank(message = "Navnet mangler.") String name, ProbeKind kind, LocalDate on,
                               UUID ref, Integer count) {
    }

    /** How many times a command endpoint really ran, to prove that a replay runs nothing. */
    public static class Calls {
        public final AtomicInteger probesCreated = new AtomicInteger();
    }

    /** Holds a request inside the handler until the test lets it go. */
    public static class Gate {
        public final CountDownLatch entered = new CountDownLatch(1);
        public final CompletableFuture<Void> release = new CompletableFuture<>();
    }

    @Bean
    Calls calls() {
        return new Calls();
    }

    @Bean
    Gate gate() {
        return new Gate();
    }

    @Aggregate
    static class Probe {

        @AggregateIdentifier
        private String id;

        Probe() {
        }

        @CommandHandler
        Probe(CreateProbe command) {
            apply(new ProbeCreated(command.id(), command.label()));
        }

        @CommandHandler
        void handle(BreakProbe command) {
            throw new RuleViolation("ProbeMustStayWhole", "Prøven må ikke gå i stykker.");
        }

        @EventSourcingHandler
        void on(ProbeCreated event) {
            this.id = event.id();
        }
    }

    @RestController
    @RequestMapping("/api/test-only")
    static class ProbeController {

        private final CommandGateway commands;
        private final Calls calls;
        private final Gate gate;

        ProbeController(CommandGateway commands, Calls calls, Gate gate) {
            this.commands = commands;
            this.calls = calls;
            this.gate = gate;
        }

        @PostMapping("/probes")
        @ResponseStatus(HttpStatus.CREATED)
        Map<String, Object> create(@Valid @RequestBody ProbeRequest request) {
            int call = calls.probesCreated.incrementAndGet();
            String id = UUID.randomUUID().toString();
            commands.sendAndWait(new CreateProbe(id, request.label()));
            return Map.of("id", id, "call", call);
        }

        @PostMapping("/probes/{id}/break")
        void breakIt(@PathVariable String id) {
            commands.sendAndWait(new BreakProbe(id));
        }

        @PostMapping("/probes/{id}/break-async")
        void breakAsync(@PathVariable String id) {
            commands.send(new BreakProbe(id)).join();
        }

        @PostMapping("/probes/{id}/break-remote")
        void breakAsIfRemote(@PathVariable String id) {
            // what a distributed command bus delivers when the handler side kept the rule in the details
            throw new CommandExecutionException("remote failure", null,
                    Map.of("rule", "ProbeMustStayWhole", "message", "Prøven må ikke gå i stykker."));
        }

        /** What a request meets while the database restarts: the connection's I/O fails in the middle. */
        @PostMapping("/database-away")
        void databaseAway() {
            throw new org.springframework.dao.DataAccessResourceFailureException(
                    "PreparedStatementCallback; An I/O error occurred while sending to the backend.",
                    new java.sql.SQLException("An I/O error occurred while sending to the backend.", "08006"));
        }

        @PostMapping("/typed")
        TypedRequest typed(@Valid @RequestBody TypedRequest request) {
            return request;
        }

        @GetMapping("/typed")
        Map<String, Object> typedQuery(@RequestParam("on") LocalDate on,
                                       @RequestParam(name = "limit", defaultValue = "10") @Min(1) int limit) {
            return Map.of("on", on.toString(), "limit", limit);
        }

        @PostMapping("/slow")
        Map<String, Object> slow(@RequestBody Map<String, Object> body) throws Exception {
            gate.entered.countDown();
            gate.release.get(30, TimeUnit.SECONDS);
            return Map.of("done", true);
        }

        @PostMapping("/explode")
        void explode() {
            throw new IllegalStateException("internal detail that must not leak");
        }

        @GetMapping("/whoami")
        Map<String, Object> whoami(Authentication authentication) {
            AccountPrincipal principal = AccountPrincipal.of(authentication).orElseThrow();
            return Map.of("username", principal.getUsername(),
                    "personId", principal.personId().map(UUID::toString).orElse(""),
                    "roles", principal.roles().stream().map(Enum::name).sorted().toList());
        }
    }
}
