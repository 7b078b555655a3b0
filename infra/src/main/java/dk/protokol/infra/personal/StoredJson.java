package dk.protokol.infra.personal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Stored JSON (an event's payload bytes, a view's state text) read and written again by the sealing migrations. */
final class StoredJson {

    private StoredJson() {
    }

    static JsonNode read(ObjectMapper json, byte[] bytes) {
        try {
            return json.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As text for a view's state column ({@code String.class}), as bytes for an event's payload. */
    static <T> T write(ObjectMapper json, JsonNode node, Class<T> as) {
        try {
            return as == String.class ? as.cast(json.writeValueAsString(node)) : as.cast(json.writeValueAsBytes(node));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
