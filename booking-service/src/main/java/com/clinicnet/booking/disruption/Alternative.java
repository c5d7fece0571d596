package com.clinicnet.booking.disruption;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import com.clinicnet.booking.session.BookedSession;

/** A free slot offered instead of a disrupted session. */
record Alternative(UUID therapistId, UUID clinicId, Instant startsAt, Instant endsAt, ZoneId clinicTimeZone) {

    /** Whether the session is now at this time, with this therapist, at this clinic (the offer was taken). */
    boolean isWhere(BookedSession session) {
        return session.therapistId().equals(therapistId) && session.clinicId().equals(clinicId)
                && session.startsAt().equals(startsAt);
    }
}
