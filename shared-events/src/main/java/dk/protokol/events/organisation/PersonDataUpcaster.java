package dk.protokol.events.organisation;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.Map;

/**
 * {@link PersonRegistered} and {@link PersonDetailsChanged} revision 1 (name, e-mail and phone in plaintext) to
 * revision 2 (the same fields, sealed). An upcaster has no key and no transaction, so it cannot seal: the values are
 * passed on as they are, and the one port that reads them ({@code PersonalData.reveal}) reads a value without the
 * sealed prefix as plaintext. The stored bytes stay plaintext until the store's migration
 * (infra's {@code PersonalDataSealing}) rewrites them, once, before the audit chain exists (DESIGN.md, "Order that
 * keeps the chain whole"); after it no revision-1 person event remains and this upcaster has nothing to do.
 */
public class PersonDataUpcaster extends SingleEventUpcaster {

    static final Map<SimpleSerializedType, SimpleSerializedType> NEXT = Map.of(
            new SimpleSerializedType(PersonRegistered.class.getName(), "1"),
            new SimpleSerializedType(PersonRegistered.class.getName(), "2"),
            new SimpleSerializedType(PersonDetailsChanged.class.getName(), "1"),
            new SimpleSerializedType(PersonDetailsChanged.class.getName(), "2"));

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return NEXT.containsKey(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(NEXT.get(representation.getType()), JsonNode.class, payload -> payload);
    }
}
