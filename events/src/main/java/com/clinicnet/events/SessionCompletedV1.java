package com.clinicnet.events;

import java.time.Instant;
import java.util.UUID;

/** The therapist marked the session as given. */
public record SessionCompletedV1(UUID eventId, Instant occurredAt, UUID sessionId, UUID clientId, UUID therapistId,
        UUID clinicId, Instant startsAt, long version) implements ClinicNetEvent {

    @Override
    public String subject() {
        return sessionId.toString();
    }
}
