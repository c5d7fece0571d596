package com.clinicnet.events;

import java.time.Instant;
import java.util.UUID;

/** A series began: {@code sessionsPlanned} sessions, one every {@code intervalDays}, with one therapist. */
public record TreatmentPlanStartedV1(UUID eventId, Instant occurredAt, UUID planId, UUID clientId, UUID therapistId,
        UUID clinicId, int sessionsPlanned, int intervalDays, String clinicTimeZone) implements ClinicNetEvent {

    @Override
    public String subject() {
        return planId.toString();
    }
}
