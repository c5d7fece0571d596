package com.clinicnet.booking.availability;

import java.time.Instant;
import java.util.UUID;

/** A booked session as availability sees it: who and which room are taken, from start until the buffer ends. */
record Occupancy(UUID therapistId, UUID clinicId, int room, Instant from, Instant until) {

    boolean overlaps(Instant start, Instant end) {
        return from.isBefore(end) && start.isBefore(until);
    }
}
