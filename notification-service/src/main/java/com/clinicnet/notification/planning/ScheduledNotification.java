package com.clinicnet.notification.planning;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import com.clinicnet.notification.channel.Channel;

/**
 * A notification planned from an event, with the instant it falls due. It carries ids and times only: the
 * contact is looked up when it is sent, so a changed address or an erasure is respected.
 *
 * @param channel the channel chosen when it was last handed to a provider, else null
 * @param claimedUntil while SENDING: until when the instance sending it owns it; after that the send is in doubt
 * @param traceParent the W3C trace context of the event it was planned from, kept so its send joins that trace;
 *        null until it is stored
 * @param expiresAt from when it means nothing any more and is not sent (a waitlist offer whose hold ran out); null:
 *        never
 */
public record ScheduledNotification(
        UUID id,
        NotificationKind kind,
        UUID sourceEventId,
        Instant dueAt,
        NotificationState state,
        Visit visit,
        Integer offsetMinutes,
        String reason,
        Channel channel,
        Instant claimedUntil,
        String traceParent,
        Instant expiresAt) {

    /** A notice or confirmation due at once. */
    public static ScheduledNotification dueNow(NotificationKind kind, UUID sourceEventId, Instant now, Visit visit) {
        return new ScheduledNotification(UUID.randomUUID(), kind, sourceEventId, now, NotificationState.PENDING,
                visit, null, null, null, null, null, null);
    }

    /** A notice due at once that means nothing from {@code expiresAt} on. */
    public static ScheduledNotification dueNowUntil(NotificationKind kind, UUID sourceEventId, Instant now, Visit visit,
            Instant expiresAt) {
        return new ScheduledNotification(UUID.randomUUID(), kind, sourceEventId, now, NotificationState.PENDING,
                visit, null, null, null, null, null, expiresAt);
    }

    public boolean hasExpiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    public UUID clientId() {
        return visit.clientId();
    }

    public UUID sessionId() {
        return visit.sessionId();
    }

    public Instant sessionStartsAt() {
        return visit.startsAt();
    }

    public ZoneId clinicTimeZone() {
        return visit.clinicTimeZone();
    }

    /** Confirmations and reminders only make sense while the session is still booked for that time. */
    public boolean isAboutTheComingSession() {
        return kind == NotificationKind.CONFIRMATION || kind == NotificationKind.REMINDER;
    }
}
