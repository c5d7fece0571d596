package com.clinicnet.booking.directory;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What booking knows of a therapist: where they work and their specialty levels, as last published. */
public record TherapistView(UUID id, String name, boolean active, Set<UUID> clinicIds,
        Map<String, Integer> specialtyLevels) {

    public TherapistView {
        clinicIds = Set.copyOf(clinicIds);
        specialtyLevels = Map.copyOf(specialtyLevels);
    }

    public boolean worksAt(UUID clinicId) {
        return active && clinicIds.contains(clinicId);
    }
}
