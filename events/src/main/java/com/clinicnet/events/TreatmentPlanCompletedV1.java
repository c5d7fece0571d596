package com.clinicnet.events;

import java.time.Instant;
import java.util.UUID;

/** The last session of a plan was completed. */
public record TreatmentPlanCompletedV1(UUID eventId, Instant occurredAt, UUID planId, UUID clientId, UUID therapistId,
        UUID clinicId, int sessionsCompleted) implements ClinicNetEvent {

    @Override
    public String subject() {
        return planId.toString();
    }
}
