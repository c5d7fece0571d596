package com.clinicnet.notification.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A notification planned from an event, with the instant it falls due. It carries ids and times only: the
 * contact is looked up when it is sent, so a changed address or an erasure is respected.
 */
public record ScheduledNotification(
        UUID id,
        NotificationKind kind,
        UUID clientId,
        UUID sessionId,
        UUID sourceEventId,
        Instant dueAt,
        NotificationState state,
        Instant sessionStartsAt,
        ZoneId clinicTimeZone,
        int durationMinutes,
        Integer offsetMinutes,
        String reason) {

    /** A notice or confirmation due at once, about a session at that time. */
    public static ScheduledNotification dueNow(NotificationKind kind, UUID clientId, UUID sessionId, UUID sourceEventId,
            Instant now, Instant sessionStartsAt, ZoneId zone, int durationMinutes) {
        return new ScheduledNotification(UUID.randomUUID(), kind, clientId, sessionId, sourceEventId, now,
                NotificationState.PENDING, sessionStartsAt, zone, durationMinutes, null, null);
    }
}
