package com.clinicnet.booking.directory;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

/**
 * What booking knows of a clinic, as last published by the therapist service.
 *
 * @param closedOn the local dates it is closed all day (holidays, closures)
 */
public record ClinicView(UUID id, String name, String city, ZoneId timeZone, int treatmentRooms,
        Duration bufferAfterSession, Duration lateCancellationNotice, Set<Integer> sessionTypes,
        Set<LocalDate> closedOn) {

    public ClinicView {
        sessionTypes = Set.copyOf(sessionTypes);
        closedOn = Set.copyOf(closedOn);
    }

    /** A clinic without closures. */
    public ClinicView(UUID id, String name, String city, ZoneId timeZone, int treatmentRooms,
            Duration bufferAfterSession, Duration lateCancellationNotice, Set<Integer> sessionTypes) {
        this(id, name, city, timeZone, treatmentRooms, bufferAfterSession, lateCancellationNotice, sessionTypes,
                Set.of());
    }

    /** Whether the clinic is closed on the local date of that instant, in its zone. */
    public boolean isClosedAt(Instant instant) {
        return closedOn.contains(instant.atZone(timeZone).toLocalDate());
    }
}
