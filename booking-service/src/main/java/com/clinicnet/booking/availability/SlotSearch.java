package com.clinicnet.booking.availability;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.clinicnet.booking.directory.TherapistView;
import com.clinicnet.booking.intake.TreatmentNeeds;

/**
 * What a client asks for: sessions of a length, between two instants, for specialties that address their concern
 * (empty: any), optionally with one therapist, ranking a plan's therapist first; and, when the search is for a
 * client with an intake, only therapists their intake allows.
 */
record SlotSearch(Duration length, Instant from, Instant to, Set<String> specialties,
        Optional<UUID> therapistId, Optional<UUID> planTherapistId, Optional<TreatmentNeeds> needs) {

    public SlotSearch {
        specialties = Set.copyOf(specialties);
    }

    /** A search for nobody in particular: no intake narrows it. */
    public SlotSearch(Duration length, Instant from, Instant to, Set<String> specialties, Optional<UUID> therapistId,
            Optional<UUID> planTherapistId) {
        this(length, from, to, specialties, therapistId, planTherapistId, Optional.empty());
    }

    boolean allows(TherapistView therapist) {
        return needs.map(client -> client.allow(therapist.specialtyLevels())).orElse(true);
    }
}
