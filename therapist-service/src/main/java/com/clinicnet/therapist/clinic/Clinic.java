package com.clinicnet.therapist.clinic;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.clinicnet.platform.problem.RuleViolationException;

/**
 * A clinic of the network: where it is, the zone its clocks show, when it is open, how many treatment rooms it
 * has, the session types it offers, the buffer after each session for notes and room turnover, and how much notice
 * a cancellation needs before it counts as late.
 */
public record Clinic(
        UUID id,
        String name,
        String city,
        String address,
        ZoneId timeZone,
        int treatmentRooms,
        Duration bufferAfterSession,
        Duration lateCancellationNotice,
        Set<Integer> sessionTypes,
        List<OpeningHours> openingHours,
        long version) {

    public static final Set<Integer> SESSION_TYPES = Set.of(30, 60, 90);

    public Clinic {
        sessionTypes = Collections.unmodifiableSet(new TreeSet<>(sessionTypes));
        openingHours = List.copyOf(openingHours);
        if (treatmentRooms < 1) {
            throw new RuleViolationException("treatmentRooms", "A clinic needs at least one treatment room");
        }
        if (bufferAfterSession.isNegative()) {
            throw new RuleViolationException("bufferMinutes", "The buffer after a session cannot be negative");
        }
        if (sessionTypes.isEmpty() || !SESSION_TYPES.containsAll(sessionTypes)) {
            throw new RuleViolationException("sessionTypes", "Session types are 30, 60 or 90 minutes, one at least");
        }
        requireSensibleOpeningHours(openingHours);
    }

    /** The same clinic described anew; its version moves on so readers can tell the newer copy. */
    public Clinic revisedAs(Clinic details) {
        return new Clinic(id, details.name, details.city, details.address, details.timeZone, details.treatmentRooms,
                details.bufferAfterSession, details.lateCancellationNotice, details.sessionTypes, details.openingHours,
                version + 1);
    }

    public boolean isOpen(DayOfWeek day, LocalTime from, LocalTime to) {
        return openingHours.stream().anyMatch(hours -> hours.covers(day, from, to));
    }

    public Duration shortestSession() {
        return Duration.ofMinutes(sessionTypes.iterator().next());
    }

    private static void requireSensibleOpeningHours(List<OpeningHours> openingHours) {
        for (int i = 0; i < openingHours.size(); i++) {
            OpeningHours hours = openingHours.get(i);
            if (!hours.opens().isBefore(hours.closes())) {
                throw new RuleViolationException("openingHours[" + i + "]",
                        "Opening hours must close after they open (" + hours.weekday() + ")");
            }
            for (int j = 0; j < i; j++) {
                if (hours.overlaps(openingHours.get(j))) {
                    throw new RuleViolationException("openingHours[" + i + "]",
                            "Opening hours overlap on " + hours.weekday());
                }
            }
        }
    }
}
