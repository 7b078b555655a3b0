package dk.protokol.infra.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import dk.protokol.events.organisation.BodyRelationDeclared;
import dk.protokol.events.organisation.BodyRelationDeclaredUpcaster;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** BodyRelationDeclared as revision 1 stored it (no date) is read as revision 2, a relation from the establishment. */
class BodyRelationDeclaredUpcasterTest {

    static final String REVISION_1 = "{\"bodyId\":\"" + UUID.randomUUID() + "\",\"targetBodyId\":\""
            + UUID.randomUUID() + "\",\"relation\":\"PREPARES_FOR\"}";

    final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();

    @Test
    void revisionOneBecomesARelationFromTheEstablishmentOfRevisionTwo() {
        List<IntermediateEventRepresentation> upcast = new BodyRelationDeclaredUpcaster()
                .upcast(Stream.of(stored(BodyRelationDeclared.class.getName(), "1", REVISION_1))).toList();

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        JsonNode payload = upcast.get(0).getData(JsonNode.class).getData();
        assertThat(payload.has("from")).isTrue();
        assertThat(payload.path("from").isNull()).isTrue();
        assertThat(payload.path("relation").asText()).isEqualTo("PREPARES_FOR");
    }

    @Test
    void revisionTwoAndOtherEventsAreLeftAsTheyAre() {
        String revision2 = REVISION_1.replace("}", ",\"from\":\"2026-03-01\"}");
        List<IntermediateEventRepresentation> upcast = new BodyRelationDeclaredUpcaster().upcast(Stream.of(
                stored(BodyRelationDeclared.class.getName(), "2", revision2),
                stored("dk.protokol.events.organisation.BodyRelationEnded", "1", REVISION_1.replace("}",
                        ",\"on\":\"2026-01-01\"}"))))
                .toList();

        assertThat(upcast.get(0).getData(JsonNode.class).getData().path("from").asText()).isEqualTo("2026-03-01");
        assertThat(upcast.get(1).getType().getRevision()).isEqualTo("1");
        assertThat(upcast.get(1).getData(JsonNode.class).getData().has("from")).isFalse();
    }

    private InitialEventRepresentation stored(String type, String revision, String json) {
        return new InitialEventRepresentation(new GenericDomainEventEntry<>("Body", UUID.randomUUID().toString(), 0,
                UUID.randomUUID().toString(), Instant.parse("2026-03-01T10:00:00Z"), type, revision,
                json.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8)), serializer);
    }
}
