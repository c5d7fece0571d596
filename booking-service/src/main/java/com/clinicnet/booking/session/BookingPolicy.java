package com.clinicnet.booking.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

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

    /** The lowest-numbered room not in use, if any. */
    public Optional<Integer> freeRoom(ClinicView clinic, Set<Integer> roomsInUse) {
        for (int room = 1; room <= clinic.treatmentRooms(); room++) {
            if (!roomsInUse.contains(room)) {
                return Optional.of(room);
            }
        }
        return Optional.empty();
    }
}
