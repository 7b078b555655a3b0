package dk.protokol.events.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * {@link MeetingScheduled} revision 1 (before meetings had a kind) to revision 2: the meeting was an ordinary one.
 * The stored event never changes; it is read in the current shape.
 */
public class MeetingScheduledUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(MeetingScheduled.class.getName(), "1");
    static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(MeetingScheduled.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ((ObjectNode) payload).put("kind", MeetingKind.ORDINARY.name());
            return payload;
        });
    }
}
