package dk.protokol.events.organisation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * {@link BodyRelationDeclared} revision 1 (a declaration without a date) to revision 2: {@code from} is null, the
 * relation holds from the body's establishment. The establishment's date is in another event, which an upcaster does
 * not see; every reader takes null as "from the establishment". The stored event never changes.
 */
public class BodyRelationDeclaredUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(BodyRelationDeclared.class.getName(), "1");
    static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(BodyRelationDeclared.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ((ObjectNode) payload).putNull("from");
            return payload;
        });
    }
}
