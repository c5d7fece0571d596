package com.clinicnet.booking.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.clinicnet.booking.directory.ClinicView;
import com.clinicnet.booking.directory.TherapistView;
import com.clinicnet.platform.problem.RuleViolationException;

/** The rules a booking must meet before it may take a therapist and a room. Plain Java, tested without Spring. */
public final class BookingPolicy {

    private final Duration minimumLeadTime;

    public BookingPolicy(Duration minimumLeadTime) {
        this.minimumLeadTime = minimumLeadTime;
    }

    public SessionLength lengthOf(int minutes) {
        return SessionLength.ofMinutes(minutes).orElseThrow(() -> new RuleViolationException("durationMinutes",
                "A session lasts 30, 60 or 90 minutes"));
    }

    public void requireBookableStart(Instant startsAt, Instant now) {
        if (startsAt.isBefore(now.plus(minimumLeadTime))) {
            throw new RuleViolationException("startsAt",
                    "A session must start at least " + minimumLeadTime.toMinutes() + " minutes from now");
        }
    }

    public void requireTherapistAt(TherapistView therapist, ClinicView clinic) {
        if (!therapist.active()) {
            throw new RuleViolationException("therapistId", "This therapist no longer takes bookings");
        }
        if (!therapist.worksAt(clinic.id())) {
            throw new RuleViolationException("therapistId", "This therapist does not work at this clinic");
        }
    }

    /**
     * A room not in use, if any, looked for from the room the booking's id points at: bookings of one moment at one
     * clinic then mostly choose different rooms. All starting from room 1, they waited on each other's insert and
     * deadlocked, and past 250 bookings a second some ran out of retries: 409 with rooms free (docs/decisions/0007).
     */
    public Optional<Integer> freeRoom(ClinicView clinic, Set<Integer> roomsInUse, UUID bookingId) {
        int rooms = clinic.treatmentRooms();
        int first = Math.floorMod(bookingId.hashCode(), rooms);
        for (int step = 0; step < rooms; step++) {
            int room = 1 + (first + step) % rooms;
            if (!roomsInUse.contains(room)) {
                return Optional.of(room);
            }
        }
        return Optional.empty();
    }
}
