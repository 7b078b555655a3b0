package dk.protokol.query.common;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The states of a view's rows as decoded, kept by row id together with the exact JSON they were decoded from (issue
 * 15): a row read again with the same text is not decoded again. Keyed by the text itself, so it can never answer a
 * state other than the one the row holds now (a rewritten, rebuilt or reset row has other text, or the same text for
 * the same state); the row is still read on every request, only its decoding is spared. For immutable states only
 * (records of immutable lists), as the organisation views' are. At most {@code limit} rows are kept; past that the
 * map is emptied and fills again with what is read.
 */
public final class ParsedStates<T> {

    private record Parsed<T>(String json, T state) {
    }

    private final Class<T> type;
    private final int limit;
    private final Map<String, Parsed<T>> byId = new ConcurrentHashMap<>();

    public ParsedStates(Class<T> type, int limit) {
        this.type = type;
        this.limit = limit;
    }

    /** The state the row {@code id} holds as {@code json}. */
    public T read(String id, String json) {
        Parsed<T> known = byId.get(id);
        if (known != null && known.json().equals(json)) {
            return known.state();
        }
        T state = ViewJson.read(json, type);
        if (byId.size() >= limit) {
            byId.clear();
        }
        byId.put(id, new Parsed<>(json, state));
        return state;
    }
}
