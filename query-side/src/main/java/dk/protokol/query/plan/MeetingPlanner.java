package dk.protokol.query.plan;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The year's meeting plan from a body's cadence, as a secretariat lays it out: the meetings spread evenly over the
 * year, each on the same kind of day — up to twelve a year on the same weekday in the same week of its month ("the
 * second Wednesday", the pattern of the body's last meeting, else the second Tuesday); more often, at even
 * intervals, on the nearest working day. Never on a weekend or a Danish holiday, never outside the year. A pure
 * function of its arguments.
 */
public final class MeetingPlanner {

    /** When a body has met before: its last meeting's day, times and place are the plan's pattern. */
    public record Pattern(DayOfWeek weekday, int weekOfMonth, LocalTime start, Duration length, String location) {

        /** A body that has not met yet: the second Tuesday, 14:00–16:00, the place left to the secretary. */
        public static final Pattern DEFAULT = new Pattern(DayOfWeek.TUESDAY, 2, LocalTime.of(14, 0),
                Duration.ofHours(2), null);

        public Pattern {
            Objects.requireNonNull(weekday, "weekday");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(length, "length");
            if (weekday.getValue() > 5) {
                weekday = DEFAULT.weekday; // a meeting held on a weekend sets no pattern for the year
            }
            weekOfMonth = Math.max(1, Math.min(4, weekOfMonth));
            if (length.isNegative() || length.isZero()) {
                length = DEFAULT.length;
            }
        }

        /** The pattern of a meeting held from {@code start} to {@code expectedEnd} at {@code location}. */
        public static Pattern of(LocalDateTime start, LocalDateTime expectedEnd, String location) {
            return new Pattern(start.getDayOfWeek(), (start.getDayOfMonth() + 6) / 7, start.toLocalTime(),
                    Duration.between(start, expectedEnd), location);
        }
    }

    /** One proposed meeting. */
    public record Proposal(LocalDateTime start, LocalDateTime expectedEnd, String location) {
    }

    private MeetingPlanner() {
    }

    /** {@code meetingsPerYear} meetings in {@code year} after {@code pattern}; none for no cadence. */
    public static List<Proposal> propose(int year, Integer meetingsPerYear, Pattern pattern) {
        List<Proposal> plan = new ArrayList<>();
        if (meetingsPerYear == null || meetingsPerYear <= 0) {
            return plan;
        }
        int count = Math.min(meetingsPerYear, 250);
        for (int i = 0; i < count; i++) {
            LocalDate day = count <= 12 ? inMonth(year, month(i, count), pattern) : evenly(year, i, count);
            if (!plan.isEmpty() && !day.isAfter(plan.get(plan.size() - 1).start().toLocalDate())) {
                continue; // a year with fewer working days than the cadence asks for gets what it has
            }
            LocalDateTime start = day.atTime(pattern.start());
            plan.add(new Proposal(start, start.plus(pattern.length()), pattern.location()));
        }
        return plan;
    }

    /** The month (1–12) of the {@code i}th of {@code count} meetings: the middle of its share of the year. */
    static int month(int i, int count) {
        return (2 * i + 1) * 12 / (2 * count) + 1;
    }

    /** The pattern's weekday in its week of the month; another week of the same month when that day is a holiday. */
    private static LocalDate inMonth(int year, int month, Pattern pattern) {
        LocalDate first = LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(pattern.weekday()));
        LocalDate wanted = first.plusWeeks(pattern.weekOfMonth() - 1L);
        for (int weeks = 0; weeks < 5; weeks++) {
            for (LocalDate candidate : new LocalDate[]{wanted.plusWeeks(weeks), wanted.minusWeeks(weeks)}) {
                if (candidate.getMonthValue() == month && DanishHolidays.isWorkingDay(candidate)) {
                    return candidate;
                }
            }
        }
        return nearestWorkingDay(wanted, year);
    }

    /** The {@code i}th of {@code count} even steps through the year, on the nearest working day inside it. */
    private static LocalDate evenly(int year, int i, int count) {
        int days = Year.of(year).length();
        LocalDate wanted = LocalDate.of(year, 1, 1).plusDays((long) (2 * i + 1) * days / (2L * count));
        return nearestWorkingDay(wanted, year);
    }

    private static LocalDate nearestWorkingDay(LocalDate wanted, int year) {
        for (int step = 0; step < 366; step++) {
            for (LocalDate candidate : new LocalDate[]{wanted.plusDays(step), wanted.minusDays(step)}) {
                if (candidate.getYear() == year && DanishHolidays.isWorkingDay(candidate)) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("no working day in " + year);
    }
}
