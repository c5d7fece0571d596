package com.clinicnet.events;

import java.time.Instant;
import java.util.UUID;

/** The client did not come. */
public record SessionNoShowV1(UUID eventId, Instant occurredAt, UUID sessionId, UUID clientId, UUID therapistId,
        UUID clinicId, Instant startsAt, long version) implements ClinicNetEvent {

    @Override
    public String subject() {
        return sessionId.toString();
    }
}
