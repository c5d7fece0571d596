package com.clinicnet.booking.clinicday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import com.clinicnet.platform.problem.BadRequestException;

class CalendarDaysTests {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final int MAX_DAYS = 31;

    @Test
    void a_winter_day_in_lisbon_is_the_24_hours_from_local_midnight_at_utc_plus_0() {
        CalendarDays day = CalendarDays.of(LocalDate.parse("2026-12-07"));

        assertThat(day.startIn(LISBON)).isEqualTo(Instant.parse("2026-12-07T00:00:00Z"));
        assertThat(day.endIn(LISBON)).isEqualTo(Instant.parse("2026-12-08T00:00:00Z"));
    }

    @Test
    void the_spring_forward_day_in_lisbon_has_23_hours() {
        CalendarDays day = CalendarDays.of(LocalDate.parse("2026-03-29"));

        assertThat(day.startIn(LISBON)).isEqualTo(Instant.parse("2026-03-29T00:00:00Z"));
        assertThat(day.endIn(LISBON)).isEqualTo(Instant.parse("2026-03-29T23:00:00Z"));
        assertThat(Duration.between(day.startIn(LISBON), day.endIn(LISBON))).isEqualTo(Duration.ofHours(23));
    }

    @Test
    void the_fall_back_day_in_lisbon_has_25_hours() {
        CalendarDays day = CalendarDays.of(LocalDate.parse("2026-10-25"));

        assertThat(day.startIn(LISBON)).isEqualTo(Instant.parse("2026-10-24T23:00:00Z"));
        assertThat(day.endIn(LISBON)).isEqualTo(Instant.parse("2026-10-26T00:00:00Z"));
        assertThat(Duration.between(day.startIn(LISBON), day.endIn(LISBON))).isEqualTo(Duration.ofHours(25));
    }

    @Test
    void a_week_ends_at_the_midnight_after_its_last_day() {
        CalendarDays week = CalendarDays.between(LocalDate.parse("2026-12-07"), LocalDate.parse("2026-12-13"), MAX_DAYS);

        assertThat(Duration.between(week.startIn(LISBON), week.endIn(LISBON))).isEqualTo(Duration.ofDays(7));
        assertThat(week.contains(LocalDate.parse("2026-12-13"))).isTrue();
        assertThat(week.contains(LocalDate.parse("2026-12-14"))).isFalse();
    }

    @Test
    void the_widest_bounds_hold_the_day_of_every_zone() {
        CalendarDays day = CalendarDays.of(LocalDate.parse("2026-12-07"));

        for (String zone : new String[] { "Pacific/Kiritimati", "Europe/Lisbon", "Pacific/Pago_Pago" }) {
            assertThat(day.earliestStart()).isBeforeOrEqualTo(day.startIn(ZoneId.of(zone)));
            assertThat(day.latestEnd()).isAfterOrEqualTo(day.endIn(ZoneId.of(zone)));
        }
    }

    @Test
    void thirty_one_days_may_be_read_at_once_but_not_thirty_two() {
        LocalDate first = LocalDate.parse("2026-12-01");

        assertThat(CalendarDays.between(first, first.plusDays(30), MAX_DAYS).last()).isEqualTo(first.plusDays(30));
        assertThatThrownBy(() -> CalendarDays.between(first, first.plusDays(31), MAX_DAYS))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.field()).isEqualTo("to"));
    }

    @Test
    void a_range_ending_before_it_begins_is_refused_naming_to() {
        assertThatThrownBy(() -> CalendarDays.between(LocalDate.parse("2026-12-07"), LocalDate.parse("2026-12-06"),
                MAX_DAYS)).isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.field()).isEqualTo("to"));
    }
}
