package dk.protokol.query.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.protokol.events.json.EventJson;

import java.io.UncheckedIOException;

/**
 * The JSON of view state stored in projection rows. Deterministic (DESIGN principle 1): properties in
 * record order, map keys sorted, nulls left out, so that a rebuild writes byte-identical rows.
 */
public final class ViewJson {

    private static final ObjectMapper MAPPER = EventJson.newMapper()
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private ViewJson() {
    }

    public static String write(Object state) {
        try {
            return MAPPER.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
