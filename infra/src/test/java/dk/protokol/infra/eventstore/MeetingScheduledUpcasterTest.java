package dk.protokol.infra.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import dk.protokol.events.meeting.MeetingScheduled;
import dk.protokol.events.meeting.MeetingScheduledUpcaster;
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

/** MeetingScheduled as revision 1 stored it (no kind) is read as revision 2, an ordinary meeting. */
class MeetingScheduledUpcasterTest {

    static final String REVISION_1 = "{\"meetingId\":\"" + UUID.randomUUID() + "\",\"bodyId\":\"" + UUID.randomUUID()
            + "\",\"start\":\"2026-03-10T14:00:00\",\"expectedEnd\":\"2026-03-10T16:00:00\",\"location\":\"Rådhuset\"}";

    final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();

    @Test
    void revisionOneBecomesAnOrdinaryMeetingOfRevisionTwo() {
        List<IntermediateEventRepresentation> upcast = new MeetingScheduledUpcaster()
                .upcast(Stream.of(stored(MeetingScheduled.class.getName(), "1", REVISION_1))).toList();

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        JsonNode payload = upcast.get(0).getData(JsonNode.class).getData();
        assertThat(payload.path("kind").asText()).isEqualTo("ORDINARY");
        assertThat(payload.path("location").asText()).isEqualTo("Rådhuset");
    }

    @Test
    void revisionTwoAndOtherEventsAreLeftAsTheyAre() {
        String revision2 = REVISION_1.replace("}", ",\"kind\":\"WORKSHOP\"}");
        List<IntermediateEventRepresentation> upcast = new MeetingScheduledUpcaster().upcast(Stream.of(
                stored(MeetingScheduled.class.getName(), "2", revision2),
                stored("dk.protokol.events.meeting.MeetingOpened", "1", "{\"meetingId\":\"" + UUID.randomUUID() + "\"}")))
                .toList();

        assertThat(upcast.get(0).getData(JsonNode.class).getData().path("kind").asText()).isEqualTo("WORKSHOP");
        assertThat(upcast.get(1).getType().getRevision()).isEqualTo("1");
        assertThat(upcast.get(1).getData(JsonNode.class).getData().has("kind")).isFalse();
    }

    private InitialEventRepresentation stored(String type, String revision, String json) {
        return new InitialEventRepresentation(new GenericDomainEventEntry<>("Meeting", UUID.randomUUID().toString(), 0,
                UUID.randomUUID().toString(), Instant.parse("2026-03-01T10:00:00Z"), type, revision,
                json.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8)), serializer);
    }
}
