package dk.protokol.query.statistics;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The small calculations behind the evaluator figures. */
class StatisticsTest {

    @Test
    void theMedianOfAnOddCountIsTheMiddleValue() {
        assertThat(Statistics.median(List.of(9L, 1L, 5L))).isEqualTo(5.0);
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(Statistics.median(List.of(10L, 1L, 4L, 3L))).isEqualTo(3.5);
    }

    @Test
    void noValuesNoMedian() {
        assertThat(Statistics.median(List.of())).isNull();
    }

    @Test
    void aWholeCalendarYearExpectsTheCadence() {
        assertThat(Statistics.expectedMeetings(4, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)))
                .isCloseTo(4.0, within(1e-12));
        assertThat(Statistics.expectedMeetings(4, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
                .isCloseTo(4.0, within(1e-12));
    }

    @Test
    void aPeriodAcrossTheNewYearIsProratedByEachYearSDays() {
        // 2023-10-01 .. 2024-03-31: 92 of 365 days of 2023 and 91 of 366 days of 2024
        double expected = 4 * 92 / 365.0 + 4 * 91 / 366.0;
        assertThat(Statistics.expectedMeetings(4, LocalDate.of(2023, 10, 1), LocalDate.of(2024, 3, 31)))
                .isCloseTo(expected, within(1e-12));
    }

    @Test
    void oneDayOfACadenceOfTwelve() {
        assertThat(Statistics.expectedMeetings(12, LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 1)))
                .isCloseTo(12 / 365.0, within(1e-12));
    }

    @Test
    void aBodyWithoutACadenceExpectsNothing() {
        assertThat(Statistics.expectedMeetings(null, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))).isNull();
    }

    @Test
    void aRateWithNothingToDivideByIsAbsent() {
        assertThat(Statistics.ratio(0, 0)).isNull();
        assertThat(Statistics.ratio(1, 4)).isEqualTo(0.25);
    }
}
