package com.clinicnet.booking.disruption;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** A free slot offered instead of a disrupted session. */
record Alternative(UUID therapistId, UUID clinicId, Instant startsAt, Instant endsAt, ZoneId clinicTimeZone) {
}
