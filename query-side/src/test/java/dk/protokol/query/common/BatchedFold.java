package dk.protokol.query.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * Folds events the way a live projection would if its processor kept the rows of a batch in memory: within a
 * batch a row is the very object the fold returned, at the end of the batch it is written as JSON, and the
 * next batch reads it back. A fold that depends on where the batches end, on which object it is handed, or
 * that changes the state it was given (an earlier state is what time travel shows), gives other rows for
 * some batch size than for another. Batch size 1 is the live projections as they are: a row is read before
 * every event and written after it.
 */
public final class BatchedFold {

    /** What one event does: the row it changes, the state type the row holds, and the fold. */
    public record Step<S>(String row, Class<S> type, UnaryOperator<S> fold) {
    }

    private BatchedFold() {
    }

    /**
     * The rows (id to JSON) after folding {@code events} in batches of {@code batchSize}; {@code steps} gives
     * null for an event no row follows.
     */
    public static <E> Map<String, String> rows(List<E> events, int batchSize, Function<E, Step<?>> steps) {
        Map<String, String> stored = new TreeMap<>();
        for (int from = 0; from < events.size(); from += batchSize) {
            Map<String, Object> batch = new LinkedHashMap<>();
            for (E event : events.subList(from, Math.min(events.size(), from + batchSize))) {
                Step<?> step = steps.apply(event);
                if (step != null) {
                    apply(step, stored, batch);
                }
            }
            batch.forEach((row, state) -> stored.put(row, ViewJson.write(state)));
        }
        return stored;
    }

    /** Batch sizes worth trying for {@code count} events: every size up to a dozen, then a few, then all. */
    public static List<Integer> batchSizes(int count) {
        return IntStream.rangeClosed(1, count)
                .filter(size -> size <= 12 || size == count / 3 || size == count / 2 || size == count - 1
                        || size == count)
                .boxed().toList();
    }

    private static <S> void apply(Step<S> step, Map<String, String> stored, Map<String, Object> batch) {
        S current = batch.containsKey(step.row()) ? step.type().cast(batch.get(step.row()))
                : stored.containsKey(step.row()) ? ViewJson.read(stored.get(step.row()), step.type()) : null;
        String before = current == null ? null : ViewJson.write(current);
        S next = step.fold().apply(current);
        if (current != null && !ViewJson.write(current).equals(before)) {
            throw new AssertionError("the fold changed the state it was given for row " + step.row());
        }
        if (next != null) {
            batch.put(step.row(), next);
        }
    }
}
