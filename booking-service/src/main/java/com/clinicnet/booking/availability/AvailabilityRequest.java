package com.clinicnet.booking.availability;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A search for slots: where (a clinic or a city), when, how long, for what concern, optionally with whom, and for
 * which client when staff search on a client's behalf (null: the caller's own intake, if they are a client).
 */
public record AvailabilityRequest(String concern, UUID clinicId, String city, OffsetDateTime from, OffsetDateTime to,
        int duration, UUID therapistId, UUID planTherapistId, int limit, UUID clientId) {
}
