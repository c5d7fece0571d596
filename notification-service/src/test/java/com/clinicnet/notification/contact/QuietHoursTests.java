package com.clinicnet.notification.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class QuietHoursTests {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private final QuietHours night = new QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0));

    @Test
    void a_message_due_at_three_in_the_morning_waits_until_eight() {
        assertThat(night.endOfWindowContaining(Instant.parse("2026-12-02T03:00:00Z"), LISBON))
                .contains(Instant.parse("2026-12-02T08:00:00Z"));
    }

    @Test
    void a_message_due_late_in_the_evening_waits_until_eight_the_next_morning() {
        assertThat(night.endOfWindowContaining(Instant.parse("2026-12-02T23:15:00Z"), LISBON))
                .contains(Instant.parse("2026-12-03T08:00:00Z"));
    }

    @Test
    void a_message_due_in_the_afternoon_goes_at_once_and_the_window_is_read_in_the_client_zone() {
        assertThat(night.endOfWindowContaining(Instant.parse("2026-12-02T15:00:00Z"), LISBON)).isEmpty();
        // 15:00 UTC is 01:00 the next day in Auckland
        assertThat(night.endOfWindowContaining(Instant.parse("2026-12-02T15:00:00Z"), ZoneId.of("Pacific/Auckland")))
                .contains(Instant.parse("2026-12-02T19:00:00Z"));
    }

    @Test
    void a_window_within_one_day_such_as_a_lunch_break() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(14, 0));

        assertThat(lunch.endOfWindowContaining(Instant.parse("2026-12-02T12:30:00Z"), LISBON))
                .contains(Instant.parse("2026-12-02T14:00:00Z"));
        assertThat(lunch.endOfWindowContaining(Instant.parse("2026-12-02T14:00:00Z"), LISBON)).isEmpty();
    }
}
