package com.clinicnet.booking.disruption;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A booked session its therapist can no longer give, open until the session is moved, cancelled or given after all;
 * raised to the front desk again ({@code escalatedAt}) when still open close to its start.
 */
record Disruption(UUID sessionId, UUID clientId, UUID clinicId, UUID therapistId, Instant startsAt, Instant endsAt,
        DisruptionCause cause, List<Alternative> alternatives, Instant detectedAt, Instant escalatedAt) {

    /** As detected: not raised again yet. */
    Disruption(UUID sessionId, UUID clientId, UUID clinicId, UUID therapistId, Instant startsAt, Instant endsAt,
            DisruptionCause cause, List<Alternative> alternatives, Instant detectedAt) {
        this(sessionId, clientId, clinicId, therapistId, startsAt, endsAt, cause, alternatives, detectedAt, null);
    }

    Disruption {
        alternatives = List.copyOf(alternatives);
    }
}
