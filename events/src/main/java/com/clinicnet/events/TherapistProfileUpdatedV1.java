package com.clinicnet.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The full public profile of a therapist after a change, on the compacted {@code therapist.profiles} topic.
 * An inactive therapist stays in history but is offered nowhere.
 */
public record TherapistProfileUpdatedV1(
        UUID eventId,
        Instant occurredAt,
        UUID therapistId,
        String name,
        boolean active,
        List<UUID> clinicIds,
        List<Specialty> specialties,
        long version) implements ClinicNetEvent {

    public TherapistProfileUpdatedV1 {
        clinicIds = List.copyOf(clinicIds);
        specialties = List.copyOf(specialties);
    }

    /** A specialty the therapist practises: level 1 trained, 2 experienced, 3 expert. */
    public record Specialty(String code, int level) {
    }

    @Override
    public String subject() {
        return therapistId.toString();
    }
}
