package dk.protokol.events.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * {@link RemarkRecorded} revision 1 (the text in plaintext) to revision 2 (the text sealed under the author's key).
 * As with the person events' upcaster, an upcaster has no key and no transaction, so it cannot seal: the text is
 * passed on as it is, and the one port that reads it ({@code PersonalData.reveal}) reads a value without the sealed
 * prefix as plaintext, unless the author was erased. The stored bytes stay plaintext until the store's migration
 * (infra's {@code SealRemarksMigration}, Flyway V16) rewrites them, once, before the audit chain exists; after it no
 * revision-1 remark remains and this upcaster has nothing to do.
 */
public class RemarkRecordedUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(RemarkRecorded.class.getName(), "1");
    static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(RemarkRecorded.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> payload);
    }
}
