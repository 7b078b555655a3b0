package dk.protokol.infra.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import dk.protokol.events.meeting.RemarkRecorded;
import dk.protokol.events.meeting.RemarkRecordedUpcaster;
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

/**
 * RemarkRecorded as revision 1 stored it (the text in plaintext) is read as revision 2 with the value as it is: an
 * upcaster cannot seal, and the port reads plaintext as it is until the author is erased (V16 seals the store).
 */
class RemarkRecordedUpcasterTest {

    static final String REVISION_1 = "{\"meetingId\":\"" + UUID.randomUUID() + "\",\"decisionId\":\""
            + UUID.randomUUID() + "\",\"personId\":\"" + UUID.randomUUID() + "\",\"text\":\"Jeg tager forbehold.\"}";

    final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();

    @Test
    void revisionOneIsReadAsRevisionTwoWithItsTextAsItIs() {
        List<IntermediateEventRepresentation> upcast = new RemarkRecordedUpcaster()
                .upcast(Stream.of(stored("1", REVISION_1))).toList();

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        JsonNode payload = upcast.get(0).getData(JsonNode.class).getData();
        assertThat(payload.path("text").asText()).isEqualTo("Jeg tager forbehold.");
        assertThat(payload.toString()).isEqualTo(REVISION_1);
    }

    @Test
    void revisionTwoIsLeftAsItIs() {
        String sealed = REVISION_1.replace("Jeg tager forbehold.", "pd1:AAAA");
        List<IntermediateEventRepresentation> upcast = new RemarkRecordedUpcaster()
                .upcast(Stream.of(stored("2", sealed))).toList();

        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        assertThat(upcast.get(0).getData(JsonNode.class).getData().path("text").asText()).isEqualTo("pd1:AAAA");
    }

    private InitialEventRepresentation stored(String revision, String json) {
        return new InitialEventRepresentation(new GenericDomainEventEntry<>("Meeting", UUID.randomUUID().toString(), 3,
                UUID.randomUUID().toString(), Instant.parse("2026-03-01T10:00:00Z"), RemarkRecorded.class.getName(),
                revision, json.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8)), serializer);
    }
}
