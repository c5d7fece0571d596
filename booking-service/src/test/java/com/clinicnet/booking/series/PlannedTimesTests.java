package com.clinicnet.booking.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Joana's weekly sessions at 10 o'clock stay at 10 o'clock on Lisbon's clock, across the clock change. */
class PlannedTimesTests {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

    @Test
    void a_weekly_series_keeps_its_weekday_and_its_local_time() {
        ZonedDateTime first = LocalDateTime.of(2026, 12, 8, 10, 0).atZone(LISBON);

        List<ZonedDateTime> times = PlannedTimes.of(first, 3, 7);

        assertThat(times).extracting(ZonedDateTime::toLocalDateTime).containsExactly(
                LocalDateTime.of(2026, 12, 8, 10, 0), LocalDateTime.of(2026, 12, 15, 10, 0),
                LocalDateTime.of(2026, 12, 22, 10, 0));
    }

    @Test
    void across_the_spring_clock_change_the_series_keeps_ten_oclock_not_the_same_utc_hour() {
        // 29 March 2026: Lisbon moves from UTC+0 to UTC+1
        ZonedDateTime first = LocalDateTime.of(2026, 3, 24, 10, 0).atZone(LISBON);

        List<ZonedDateTime> times = PlannedTimes.of(first, 2, 7);

        assertThat(times).extracting(ZonedDateTime::toLocalTime).containsOnly(LocalTime.of(10, 0));
        assertThat(times.get(0).getOffset().getTotalSeconds()).isZero();
        assertThat(times.get(1).getOffset().getTotalSeconds()).isEqualTo(3600);
    }

    @Test
    void a_series_of_one_is_its_first_time() {
        ZonedDateTime first = LocalDateTime.of(2026, 12, 8, 10, 0).atZone(LISBON);

        assertThat(PlannedTimes.of(first, 1, 14)).containsExactly(first);
    }
}
