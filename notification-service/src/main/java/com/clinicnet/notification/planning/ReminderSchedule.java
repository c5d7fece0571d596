package com.clinicnet.notification.planning;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * When to remind a client of a session: at each configured offset before it (24 h and 2 h by default). An offset
 * already passed when the session is booked or moved is skipped, with the reason, never sent late. Plain Java.
 */
final class ReminderSchedule {

    private final List<Duration> offsets;

    public ReminderSchedule(List<Duration> offsets) {
        this.offsets = List.copyOf(offsets);
    }

    public List<ScheduledNotification> remindersFor(Visit session, UUID sourceEventId, Instant now) {
        return offsets.stream().map(offset -> {
            Instant due = session.startsAt().minus(offset);
            boolean passed = !due.isAfter(now);
            return new ScheduledNotification(UUID.randomUUID(), NotificationKind.REMINDER, sourceEventId, due,
                    passed ? NotificationState.SKIPPED : NotificationState.PENDING, session, (int) offset.toMinutes(),
                    passed ? "the offset had passed when booked" : null, null, null, null, null);
        }).toList();
    }
}
