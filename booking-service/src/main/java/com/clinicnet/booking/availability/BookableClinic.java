package com.clinicnet.booking.availability;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

/** What availability needs to know of a clinic. */
public record BookableClinic(UUID id, String name, ZoneId timeZone, int treatmentRooms, Duration bufferAfterSession,
        Set<Integer> sessionTypes) {

    public BookableClinic {
        sessionTypes = Set.copyOf(sessionTypes);
    }
}
