package com.clinicnet.booking.disruption;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A booked session its therapist can no longer give, open until the session is moved, cancelled or given after all. */
record Disruption(UUID sessionId, UUID clientId, UUID clinicId, UUID therapistId, Instant startsAt, Instant endsAt,
        DisruptionCause cause, List<Alternative> alternatives, Instant detectedAt) {

    Disruption {
        alternatives = List.copyOf(alternatives);
    }
}
