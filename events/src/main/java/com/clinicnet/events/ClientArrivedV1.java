package com.clinicnet.events;

import java.time.Instant;
import java.util.UUID;

/** The front desk saw the client come in for their session: ids and times only, as every session event. */
public record ClientArrivedV1(UUID eventId, Instant occurredAt, UUID sessionId, UUID clientId, UUID therapistId,
        UUID clinicId, Instant arrivedAt, long version) implements ClinicNetEvent {

    @Override
    public String subject() {
        return sessionId.toString();
    }
}
