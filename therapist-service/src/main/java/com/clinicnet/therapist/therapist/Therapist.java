package com.clinicnet.therapist.therapist;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A therapist of the network: the clinics they work at and the specialties they practise, each with a level.
 * A deactivated therapist stays in history but is offered nowhere.
 */
public record Therapist(UUID id, String name, boolean active, Set<UUID> clinicIds, List<SpecialtyLevel> specialties,
        long version) {

    public static final int TRAINED = 1;
    public static final int EXPERT = 3;

    public Therapist {
        clinicIds = Set.copyOf(clinicIds);
        specialties = List.copyOf(specialties);
        if (clinicIds.isEmpty()) {
            throw new IllegalArgumentException("A therapist works at one clinic at least");
        }
    }

    /** A specialty and how far the therapist has come in it: 1 trained, 2 experienced, 3 expert. */
    public record SpecialtyLevel(String code, int level) {

        public SpecialtyLevel {
            if (level < TRAINED || level > EXPERT) {
                throw new IllegalArgumentException("A specialty level is 1, 2 or 3");
            }
        }
    }
}
