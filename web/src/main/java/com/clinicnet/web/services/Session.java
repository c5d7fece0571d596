package com.clinicnet.web.services;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A booked (or past) session as booking-service shows it to its client. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Session(UUID id, UUID clientId, UUID therapistId, UUID clinicId, OffsetDateTime startsAt,
        OffsetDateTime endsAt, String clinicTimeZone, int durationMinutes, String status) {

    static final String BOOKED = "BOOKED";

    public boolean isUpcoming(Instant now) {
        return BOOKED.equals(status) && startsAt.toInstant().isAfter(now);
    }

    /** What POST /sessions takes. */
    public record Request(UUID clientId, UUID therapistId, UUID clinicId, OffsetDateTime startsAt,
            int durationMinutes, UUID planId) {
    }
}
