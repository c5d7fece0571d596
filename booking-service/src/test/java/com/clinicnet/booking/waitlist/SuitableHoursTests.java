package com.clinicnet.booking.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Maria can come on Tuesday and Thursday mornings, 09:00 to 12:00, by the clinic's clock. */
class SuitableHoursTests {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final SuitableHours TUESDAY_AND_THURSDAY_MORNINGS = new SuitableHours(
            Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), LocalTime.of(9, 0), LocalTime.of(12, 0));

    @Test
    void a_session_inside_her_hours_on_one_of_her_days_suits_her() {
        assertThat(suits(LocalDateTime.of(2026, 12, 8, 9, 0), 60)).isTrue();
        assertThat(suits(LocalDateTime.of(2026, 12, 10, 11, 0), 60)).as("ends at 12:00 exactly").isTrue();
    }

    @Test
    void a_session_ending_after_her_latest_time_or_starting_before_her_earliest_does_not() {
        assertThat(suits(LocalDateTime.of(2026, 12, 8, 11, 30), 60)).isFalse();
        assertThat(suits(LocalDateTime.of(2026, 12, 8, 8, 45), 60)).isFalse();
    }

    @Test
    void a_session_on_another_weekday_does_not() {
        assertThat(suits(LocalDateTime.of(2026, 12, 9, 9, 0), 60)).as("a Wednesday").isFalse();
    }

    @Test
    void on_the_sunday_clocks_go_forward_her_hours_are_still_the_clinics_clock() {
        SuitableHours anyDayEarly = new SuitableHours(Set.of(DayOfWeek.SUNDAY), LocalTime.of(0, 30),
                LocalTime.of(3, 0));
        // 29 March 2026, Lisbon: 01:00 becomes 02:00, so a 60-minute session from 00:30 ends at 02:30 local
        ZonedDateTime start = LocalDateTime.of(2026, 3, 29, 0, 30).atZone(LISBON);

        assertThat(anyDayEarly.suit(start, start.plusMinutes(60))).isTrue();
        assertThat(start.plusMinutes(60).toLocalTime()).isEqualTo(LocalTime.of(2, 30));
        assertThat(anyDayEarly.suit(start.plusMinutes(60), start.plusMinutes(120)))
                .as("02:30 to 03:30 local ends after 03:00").isFalse();
    }

    @Test
    void on_the_night_clocks_go_back_a_session_is_judged_by_the_local_times_it_shows() {
        SuitableHours earlyMorning = new SuitableHours(Set.of(DayOfWeek.SUNDAY), LocalTime.of(1, 0),
                LocalTime.of(2, 0));
        // 25 October 2026, Lisbon: 02:00 becomes 01:00, so 01:00-01:30 happens twice; both times suit
        ZonedDateTime firstOneOClock = LocalDateTime.of(2026, 10, 25, 1, 0).atZone(LISBON).withEarlierOffsetAtOverlap();
        ZonedDateTime secondOneOClock = firstOneOClock.withLaterOffsetAtOverlap();

        assertThat(earlyMorning.suit(firstOneOClock, firstOneOClock.plusMinutes(30))).isTrue();
        assertThat(earlyMorning.suit(secondOneOClock, secondOneOClock.plusMinutes(30))).isTrue();
    }

    @Test
    void a_session_across_midnight_suits_nobody() {
        SuitableHours lateEvenings = new SuitableHours(Set.of(DayOfWeek.MONDAY), LocalTime.of(20, 0),
                LocalTime.of(23, 59));
        ZonedDateTime start = LocalDateTime.of(2026, 12, 7, 23, 30).atZone(LISBON);

        assertThat(lateEvenings.suit(start, start.plusMinutes(60))).isFalse();
    }

    @Test
    void hours_without_a_day_or_with_the_latest_before_the_earliest_are_no_hours() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SuitableHours(Set.of(), LocalTime.of(9, 0), LocalTime.of(12, 0)));
        assertThatIllegalArgumentException().isThrownBy(() -> new SuitableHours(Set.of(DayOfWeek.MONDAY),
                LocalTime.of(12, 0), LocalTime.of(9, 0)));
    }

    private static boolean suits(LocalDateTime localStart, int minutes) {
        ZonedDateTime start = localStart.atZone(LISBON);
        return TUESDAY_AND_THURSDAY_MORNINGS.suit(start, start.plusMinutes(minutes));
    }
}
