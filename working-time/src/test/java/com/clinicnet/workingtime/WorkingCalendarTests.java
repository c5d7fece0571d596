package com.clinicnet.workingtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WorkingCalendarTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private final UUID clinic = UUID.randomUUID();

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
            "2026-03-29, Europe/London, spring forward",
            "2026-10-25, Europe/London, fall back",
            "2026-03-08, America/New_York, spring forward",
            "2026-11-01, America/New_York, fall back",
            "2026-06-15, America/New_York, an ordinary day" })
    void a_nine_to_five_shift_is_eight_real_hours_even_when_the_clocks_change(LocalDate day, String zone, String what) {
        List<WorkingInterval> worked = calendar(shift(day.getDayOfWeek(), "09:00", "17:00"), ZoneId.of(zone), day);

        assertThat(worked).singleElement().satisfies(interval -> {
            assertThat(interval.length()).isEqualTo(Duration.ofHours(8));
            assertThat(interval.starts().toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        });
    }

    @Test
    void a_night_shift_across_the_skipped_hour_is_an_hour_shorter_in_real_time() {
        LocalDate springForward = LocalDate.of(2026, 3, 8);

        WorkingInterval worked = calendar(shift(DayOfWeek.SUNDAY, "01:00", "05:00"), NEW_YORK, springForward).getFirst();

        assertThat(worked.length()).isEqualTo(Duration.ofHours(3));
        assertThat(worked.starts().getOffset()).isEqualTo(ZoneOffset.ofHours(-5));
        assertThat(worked.ends().getOffset()).isEqualTo(ZoneOffset.ofHours(-4));
    }

    @Test
    void a_shift_that_starts_in_the_skipped_hour_starts_when_the_clock_jumps() {
        LocalDate springForward = LocalDate.of(2026, 3, 29);

        WorkingInterval worked = calendar(shift(DayOfWeek.SUNDAY, "01:30", "06:00"), LONDON, springForward).getFirst();

        assertThat(worked.starts().toInstant()).isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
        assertThat(worked.starts().toLocalTime()).isEqualTo(LocalTime.of(2, 0));
        assertThat(worked.length()).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void across_the_repeated_hour_a_shift_starts_at_the_first_and_ends_at_the_second_occurrence() {
        LocalDate fallBack = LocalDate.of(2026, 11, 1);

        WorkingInterval worked = calendar(shift(DayOfWeek.SUNDAY, "00:30", "01:30"), NEW_YORK, fallBack).getFirst();

        assertThat(worked.starts().toInstant()).isEqualTo(Instant.parse("2026-11-01T04:30:00Z"));
        assertThat(worked.ends().toInstant()).isEqualTo(Instant.parse("2026-11-01T06:30:00Z"));
        assertThat(worked.length()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void time_off_cuts_a_hole_in_the_working_day() {
        LocalDate monday = LocalDate.of(2026, 12, 7);
        Absence dentist = new Absence(Instant.parse("2026-12-07T11:00:00Z"), Instant.parse("2026-12-07T12:30:00Z"));

        List<WorkingInterval> worked = WorkingCalendar.expand(
                List.of(new WeeklySchedule(monday, List.of(shift(DayOfWeek.MONDAY, "09:00", "17:00")))),
                Map.of(clinic, LONDON), List.of(dentist), monday, monday);

        assertThat(worked).extracting(interval -> interval.starts().toLocalTime() + "-" + interval.ends().toLocalTime())
                .containsExactly("09:00-11:00", "12:30-17:00");
    }

    @Test
    void a_new_schedule_takes_over_from_its_effective_date_without_rewriting_earlier_weeks() {
        LocalDate thisMonday = LocalDate.of(2026, 12, 7);
        LocalDate nextMonday = thisMonday.plusWeeks(1);
        List<WeeklySchedule> schedules = List.of(
                new WeeklySchedule(thisMonday.minusMonths(1), List.of(shift(DayOfWeek.MONDAY, "09:00", "13:00"))),
                new WeeklySchedule(nextMonday, List.of(shift(DayOfWeek.MONDAY, "14:00", "18:00"))));

        List<WorkingInterval> worked = WorkingCalendar.expand(schedules, Map.of(clinic, LONDON), List.of(), thisMonday,
                nextMonday);

        assertThat(worked).extracting(interval -> interval.starts().toLocalTime())
                .containsExactly(LocalTime.of(9, 0), LocalTime.of(14, 0));
    }

    @Test
    void shifts_at_clinics_in_different_zones_overlap_by_real_time() {
        UUID lisbon = UUID.randomUUID();
        UUID newYork = UUID.randomUUID();
        LocalDate monday = LocalDate.of(2026, 12, 7);
        List<WorkingInterval> worked = WorkingCalendar.expand(
                List.of(new WeeklySchedule(monday, List.of(
                        new WeeklyShift(lisbon, DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(16, 0)),
                        new WeeklyShift(newYork, DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))))),
                Map.of(lisbon, ZoneId.of("Europe/Lisbon"), newYork, NEW_YORK), List.of(), monday, monday);

        // 09:00 in New York is 14:00 in Lisbon in December
        assertThat(WorkingCalendar.firstOverlap(worked)).isPresent();
    }

    private WeeklyShift shift(DayOfWeek day, String starts, String ends) {
        return new WeeklyShift(clinic, day, LocalTime.parse(starts), LocalTime.parse(ends));
    }

    private List<WorkingInterval> calendar(WeeklyShift shift, ZoneId zone, LocalDate day) {
        return WorkingCalendar.expand(List.of(new WeeklySchedule(day.minusDays(7), List.of(shift))),
                Map.of(clinic, zone), List.of(), day, day);
    }
}
