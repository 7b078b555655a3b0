package dk.protokol.query.organisation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A body's name, mandate, cadence or quorum that holds from {@code from} until the next one's {@code from}. */
public record DatedValue<T>(LocalDate from, T value) {

    /** {@code history} with {@code change}, in date order; a change from the same day replaces the earlier one. */
    static <T> List<DatedValue<T>> with(List<DatedValue<T>> history, DatedValue<T> change) {
        return Stream.concat(history.stream().filter(dated -> !dated.from().equals(change.from())),
                        Stream.of(change))
                .sorted(Comparator.comparing(DatedValue::from))
                .toList();
    }

    /**
     * The value on {@code date}: the latest that had begun by then, the first before any had; {@code fallback}
     * when there is no history (a view stored before values had dates).
     */
    static <T> T on(List<DatedValue<T>> history, LocalDate date, T fallback) {
        if (history.isEmpty()) {
            return fallback;
        }
        T value = history.get(0).value();
        for (DatedValue<T> dated : history) {
            if (!dated.from().isAfter(date)) {
                value = dated.value();
            }
        }
        return value;
    }
}
