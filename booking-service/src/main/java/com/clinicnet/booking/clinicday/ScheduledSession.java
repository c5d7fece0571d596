package com.clinicnet.booking.clinicday;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import com.clinicnet.booking.session.CancellationReason;
import com.clinicnet.booking.session.SessionStatus;

/**
 * A session as a schedule shows it: with the names of its therapist and client (the therapist's may be null once
 * they left the directory), whatever its status, and when its client confirmed they will come (null: not yet).
 */
record ScheduledSession(UUID id, UUID clinicId, UUID therapistId, String therapistName, UUID clientId,
        String clientName, int room, Instant startsAt, Instant endsAt, ZoneId clinicTimeZone, int durationMinutes,
        SessionStatus status, Instant arrivedAt, boolean lateCancellation, CancellationReason cancellationReason,
        long version, Instant confirmedAt) {
}
