package com.clinicnet.booking.waitlist;

import java.time.Instant;
import java.util.UUID;

/**
 * Time that became free, waiting to be offered to the waitlist: of one therapist (at one clinic, or any of theirs
 * when {@code clinicId} is null), or of every therapist at a clinic when {@code therapistId} is null.
 */
record FreedTime(UUID id, UUID therapistId, UUID clinicId, Instant from, Instant until) {

    static FreedTime of(UUID therapistId, UUID clinicId, Instant from, Instant until) {
        return new FreedTime(UUID.randomUUID(), therapistId, clinicId, from, until);
    }
}
