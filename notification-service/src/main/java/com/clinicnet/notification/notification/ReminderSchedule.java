package com.clinicnet.notification.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * When to remind a client of a session: at each configured offset before it (24 h and 2 h by default). An offset
 * already passed when the session is booked or moved is skipped, with the reason, never sent late. Plain Java.
 */
public final class ReminderSchedule {

    private final List<Duration> offsets;

    public ReminderSchedule(List<Duration> offsets) {
        this.offsets = List.copyOf(offsets);
    }

    public List<ScheduledNotification> remindersFor(UUID clientId, UUID sessionId, UUID sourceEventId,
            Instant sessionStartsAt, ZoneId zone, int durationMinutes, Instant now) {
        return offsets.stream().map(offset -> {
            Instant due = sessionStartsAt.minus(offset);
            boolean passed = !due.isAfter(now);
            return new ScheduledNotification(UUID.randomUUID(), NotificationKind.REMINDER, clientId, sessionId,
                    sourceEventId, due, passed ? NotificationState.SKIPPED : NotificationState.PENDING, sessionStartsAt,
                    zone, durationMinutes, (int) offset.toMinutes(), passed ? "the offset had passed when booked" : null);
        }).toList();
    }
}
