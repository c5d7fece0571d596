package com.clinicnet.booking.availability;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a client asks for: sessions of a length, between two instants, for specialties that address their concern
 * (empty: any), optionally with one therapist, ranking a plan's therapist first.
 */
public record SlotSearch(Duration length, Instant from, Instant to, Set<String> specialties,
        Optional<UUID> therapistId, Optional<UUID> planTherapistId) {

    public SlotSearch {
        specialties = Set.copyOf(specialties);
    }
}
