package dk.protokol.command.body;

import java.time.LocalDate;

/** Business days from {@code from} to {@code to}, both inclusive; a null {@code to} is open-ended. */
record DatePeriod(LocalDate from, LocalDate to) {

    boolean overlaps(DatePeriod other) {
        return (other.to == null || !from.isAfter(other.to)) && (to == null || !other.from.isAfter(to));
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
