package com.clinicnet.booking.directory;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

/** What booking knows of a clinic, as last published by the therapist service. */
public record ClinicView(UUID id, String name, String city, ZoneId timeZone, int treatmentRooms,
        Duration bufferAfterSession, Duration lateCancellationNotice, Set<Integer> sessionTypes) {

    public ClinicView {
        sessionTypes = Set.copyOf(sessionTypes);
    }
}
