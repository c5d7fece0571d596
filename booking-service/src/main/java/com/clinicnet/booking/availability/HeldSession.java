package com.clinicnet.booking.availability;

import java.time.Instant;
import java.util.UUID;

/**
 * A session that takes its therapist's time: booked, completed or missed (a no-show still took the slot), without
 * the buffer after it.
 */
record HeldSession(UUID therapistId, UUID clinicId, Instant starts, Instant ends) {
}
