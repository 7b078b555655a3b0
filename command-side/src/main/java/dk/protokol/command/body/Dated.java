package dk.protokol.command.body;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A value of the body that holds from {@code from} until the next one's {@code from}. */
record Dated<T>(LocalDate from, T value) {

    /** The value on {@code day}: the latest that had begun by then (the first one before any had). */
    static <T> T on(List<Dated<T>> history, LocalDate day) {
        T value = history.isEmpty() ? null : history.get(0).value();
        for (Dated<T> dated : history) {
            if (!dated.from().isAfter(day)) {
                value = dated.value();
            }
        }
        return value;
    }

    /** The history with {@code change}, in date order; a change from the same day replaces the earlier one. */
    static <T> List<Dated<T>> with(List<Dated<T>> history, Dated<T> change) {
        return Stream.concat(history.stream().filter(dated -> !dated.from().equals(change.from())),
                        Stream.of(change))
                .sorted(Comparator.comparing(Dated::from))
                .toList();
    }
}
