package com.clinicnet.notification.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ReminderScheduleTests {

    private final ReminderSchedule schedule = new ReminderSchedule(List.of(Duration.ofHours(24), Duration.ofHours(2)));
    private final Instant session = Instant.parse("2026-12-10T10:00:00Z");

    @Test
    void a_session_booked_days_ahead_gets_a_reminder_a_day_before_and_two_hours_before() {
        List<ScheduledNotification> reminders = remindersBookedAt(Instant.parse("2026-12-01T09:00:00Z"));

        assertThat(reminders).extracting(ScheduledNotification::dueAt)
                .containsExactly(Instant.parse("2026-12-09T10:00:00Z"), Instant.parse("2026-12-10T08:00:00Z"));
        assertThat(reminders).extracting(ScheduledNotification::state).containsOnly(NotificationState.PENDING);
    }

    @Test
    void a_reminder_whose_moment_has_passed_at_booking_is_skipped_not_sent_late() {
        List<ScheduledNotification> reminders = remindersBookedAt(Instant.parse("2026-12-10T05:00:00Z"));

        assertThat(reminders.get(0).state()).isEqualTo(NotificationState.SKIPPED);
        assertThat(reminders.get(0).reason()).contains("passed");
        assertThat(reminders.get(1).state()).isEqualTo(NotificationState.PENDING);
    }

    private List<ScheduledNotification> remindersBookedAt(Instant now) {
        Visit visit = new Visit(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), session,
                ZoneId.of("Europe/Lisbon"), 60);
        return schedule.remindersFor(visit, UUID.randomUUID(), now);
    }
}
