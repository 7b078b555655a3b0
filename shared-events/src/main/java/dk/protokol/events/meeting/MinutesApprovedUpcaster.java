package dk.protokol.events.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * {@link MinutesApproved} revision 1 to revision 2: revision 1 was always the chair's approval, so {@code rule} is
 * null.
 */
public class MinutesApprovedUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(MinutesApproved.class.getName(), "1");
    static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(MinutesApproved.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            if (payload instanceof ObjectNode object && !object.has("rule")) {
                object.putNull("rule");
            }
            return payload;
        });
    }
}
