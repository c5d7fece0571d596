package com.clinicnet.web.services;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A booked session its therapist can no longer give, with the times offered instead, as booking-service shows it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Disruption(UUID sessionId, UUID clientId, UUID therapistId, UUID clinicId, OffsetDateTime starts,
        OffsetDateTime ends, String timeZone, String cause, boolean escalated, List<Alternative> alternatives) {

    public Disruption {
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    /** A time offered instead, in its own clinic's zone. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Alternative(UUID therapistId, UUID clinicId, OffsetDateTime starts, OffsetDateTime ends,
            String timeZone) {
    }
}
