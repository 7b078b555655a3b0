package dk.protokol.query.plan;

import dk.protokol.query.plan.MeetingPlanner.Pattern;
import dk.protokol.query.plan.MeetingPlanner.Proposal;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingPlannerTest {

    @Test
    void fourMeetingsAYearFallAQuarterApartOnTheSecondTuesdayFromTwoToFour() {
        List<Proposal> plan = MeetingPlanner.propose(2027, 4, Pattern.DEFAULT);

        assertThat(plan).extracting(Proposal::start).containsExactly(
                LocalDateTime.of(2027, 2, 9, 14, 0), LocalDateTime.of(2027, 5, 11, 14, 0),
                LocalDateTime.of(2027, 8, 10, 14, 0), LocalDateTime.of(2027, 11, 9, 14, 0));
        assertThat(plan).allSatisfy(meeting -> {
            assertThat(meeting.expectedEnd()).isEqualTo(meeting.start().withHour(16));
            assertThat(meeting.location()).isNull();
        });
        for (int i = 1; i < plan.size(); i++) {
            assertThat(ChronoUnit.DAYS.between(plan.get(i - 1).start(), plan.get(i).start())).isBetween(84L, 98L);
        }
    }

    @Test
    void twelveMeetingsAYearAreMonthlyOnTheLastMeetingsWeekdayTimesAndPlace() {
        Pattern lastMeeting = Pattern.of(LocalDateTime.of(2026, 11, 18, 9, 30), LocalDateTime.of(2026, 11, 18, 11, 0),
                "Vejle Rådhus, mødelokale 2");

        List<Proposal> plan = MeetingPlanner.propose(2027, 12, lastMeeting);

        assertThat(plan).hasSize(12);
        for (int i = 0; i < 12; i++) {
            Proposal meeting = plan.get(i);
            assertThat(meeting.start().getMonthValue()).isEqualTo(i + 1);
            assertThat(meeting.start().getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
            assertThat(meeting.start().toLocalTime()).isEqualTo(LocalTime.of(9, 30));
            assertThat(meeting.expectedEnd()).isEqualTo(meeting.start().plusMinutes(90));
            assertThat(meeting.location()).isEqualTo("Vejle Rådhus, mødelokale 2");
        }
        // the third Wednesday, as the last meeting was
        assertThat(plan.get(0).start().toLocalDate()).isEqualTo(LocalDate.of(2027, 1, 20));
    }

    @Test
    void noMeetingFallsOnAWeekendOrADanishHolidayOrOutsideTheYear() {
        for (int year = 2025; year <= 2032; year++) {
            for (int cadence : new int[]{1, 2, 3, 4, 5, 6, 8, 10, 12, 24, 52}) {
                for (DayOfWeek weekday : DayOfWeek.values()) {
                    for (int week = 1; week <= 5; week++) {
                        Pattern pattern = new Pattern(weekday, week, LocalTime.of(14, 0), Duration.ofHours(2), "Sted");
                        List<Proposal> plan = MeetingPlanner.propose(year, cadence, pattern);
                        assertThat(plan).as("%d a year in %d", cadence, year).hasSize(cadence);
                        for (Proposal meeting : plan) {
                            LocalDate day = meeting.start().toLocalDate();
                            assertThat(day.getYear()).isEqualTo(year);
                            assertThat(DanishHolidays.isWorkingDay(day)).as(day.toString()).isTrue();
                        }
                        assertThat(plan).extracting(Proposal::start).isSorted().doesNotHaveDuplicates();
                    }
                }
            }
        }
    }

    @Test
    void aMeetingPatternOnAHolidayMovesToAnotherWeekOfTheSameMonth() {
        // the fourth Thursday of December 2026 is Christmas Eve; the last Thursday, New Year's Eve, is closed too
        Pattern thursdays = new Pattern(DayOfWeek.THURSDAY, 4, LocalTime.of(10, 0), Duration.ofHours(2), "Sted");

        Proposal december = MeetingPlanner.propose(2026, 12, thursdays).get(11);

        assertThat(december.start().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 17));
    }

    @Test
    void aWeekendPatternFallsBackToTuesdaysAndNoCadenceProposesNothing() {
        Pattern saturday = Pattern.of(LocalDateTime.of(2026, 9, 12, 10, 0), LocalDateTime.of(2026, 9, 12, 15, 0),
                "Løget Beboerhus");

        assertThat(MeetingPlanner.propose(2027, 2, saturday)).extracting(p -> p.start().getDayOfWeek())
                .containsOnly(DayOfWeek.TUESDAY);
        assertThat(MeetingPlanner.propose(2027, null, Pattern.DEFAULT)).isEmpty();
        assertThat(MeetingPlanner.propose(2027, 0, Pattern.DEFAULT)).isEmpty();
    }

    @Test
    void knowsTheMovableDanishHolidays() {
        assertThat(DanishHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(DanishHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(DanishHolidays.isHoliday(LocalDate.of(2026, 4, 2))).as("skærtorsdag").isTrue();
        assertThat(DanishHolidays.isHoliday(LocalDate.of(2026, 5, 14))).as("Kristi himmelfartsdag").isTrue();
        assertThat(DanishHolidays.isHoliday(LocalDate.of(2026, 5, 25))).as("2. pinsedag").isTrue();
        assertThat(DanishHolidays.isHoliday(LocalDate.of(2026, 5, 1))).as("Store Bededag is gone").isFalse();
        assertThat(DanishHolidays.isHoliday(LocalDate.of(2026, 6, 5))).as("Grundlovsdag").isTrue();
    }
}
