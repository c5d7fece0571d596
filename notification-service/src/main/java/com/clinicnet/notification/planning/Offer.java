package com.clinicnet.notification.planning;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** A free slot a disruption notice offers instead of the session: with whom, where, when. */
public record Offer(UUID therapistId, UUID clinicId, Instant startsAt, ZoneId clinicTimeZone) {
}
