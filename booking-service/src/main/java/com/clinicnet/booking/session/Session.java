package com.clinicnet.booking.session;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * A booked appointment: who, with whom, where, in which room and when. Times are instants; the clinic's zone
 * says how to show them. The therapist and the room stay blocked for the buffer after the session.
 */
public record Session(
        UUID id,
        UUID clientId,
        UUID therapistId,
        UUID clinicId,
        int room,
        Instant startsAt,
        SessionLength length,
        Duration bufferAfter,
        ZoneId clinicTimeZone,
        SessionStatus status,
        long version) {

    public Instant endsAt() {
        return startsAt.plus(length.duration());
    }

    /** Until when the therapist and the room are taken: the end of the session plus the clinic's buffer. */
    public Instant blockedUntil() {
        return endsAt().plus(bufferAfter);
    }

    public ZonedDateTime localStart() {
        return startsAt.atZone(clinicTimeZone);
    }

    public ZonedDateTime localEnd() {
        return endsAt().atZone(clinicTimeZone);
    }
}
