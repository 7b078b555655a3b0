package dk.protokol.infra.security;

import dk.protokol.infra.web.ApiTest;
import dk.protokol.infra.web.CorrelationIdFilter;
import dk.protokol.infra.web.Http;
import dk.protokol.infra.web.Http.Answer;
import dk.protokol.infra.web.TestUsers;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** DESIGN.md principle 6: every event says who caused it and in which request. */
@ApiTest
class AuditMetadataTest {

    @LocalServerPort
    int port;
    @Value("${protokol.demo-password:demo}")
    String password;
    @Autowired
    DemoAccounts demoAccounts;
    @Autowired
    EventStore eventStore;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        TestUsers.ensure(demoAccounts);
    }

    @Test
    void anEventCarriesTheUserThePersonAndTheClientsCorrelationId() {
        Answer answer = http.post("sekretaer", password, "/api/test-only/probes", "{\"label\":\"møde\"}",
                headers -> headers.set(CorrelationIdFilter.HEADER, "klient-42"));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.headers().getFirst(CorrelationIdFilter.HEADER)).isEqualTo("klient-42");
        MetaData metadata = onlyEventOf(answer.json().path("id").asText()).getMetaData();
        assertThat(metadata.get(AuditMetadata.USER_ID)).isEqualTo("sekretaer");
        assertThat(metadata.get(AuditMetadata.PERSON_ID)).isEqualTo(TestUsers.SEKRETAER_PERSON.toString());
        assertThat(metadata.get(AuditMetadata.CORRELATION_ID)).isEqualTo("klient-42");
        // Axon's own origin data is kept, under names that do not collide with the request's
        assertThat(metadata.get(AuditMetadata.CAUSATION_ID)).isNotNull().isNotEqualTo("klient-42");
        assertThat(metadata.get(AuditMetadata.TRACE_ID)).isNotNull();
    }

    @Test
    void withoutACorrelationIdFromTheClientANewOneIsMadeEchoedAndRecorded() {
        Answer answer = http.post("admin", password, "/api/test-only/probes", "{\"label\":\"x\"}");

        String echoed = answer.headers().getFirst(CorrelationIdFilter.HEADER);
        assertThat(echoed).hasSize(36);
        MetaData metadata = onlyEventOf(answer.json().path("id").asText()).getMetaData();
        assertThat(metadata.get(AuditMetadata.CORRELATION_ID)).isEqualTo(echoed);
        assertThat(metadata.get(AuditMetadata.USER_ID)).isEqualTo("admin");
        assertThat(metadata).doesNotContainKey(AuditMetadata.PERSON_ID);
    }

    @Test
    void anUnusableCorrelationIdIsReplacedEvenOnARefusal() {
        Answer answer = http.post(null, null, "/api/accounts", "{}",
                headers -> headers.set(CorrelationIdFilter.HEADER, "'; drop table account; --"));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.headers().getFirst(CorrelationIdFilter.HEADER)).hasSize(36);
    }

    private DomainEventMessage<?> onlyEventOf(String aggregateId) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(aggregateId).asStream().toList();
        assertThat(events).hasSize(1);
        return events.get(0);
    }
}
