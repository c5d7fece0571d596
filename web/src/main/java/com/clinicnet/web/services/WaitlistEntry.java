package com.clinicnet.web.services;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A client's place in line for a time that suits them, as booking-service shows it: for a concern or one therapist,
 * at a clinic or anywhere in a city, on some weekdays between two times of the clinic's clock. The latest offer is
 * the time last held for them (null: none yet).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WaitlistEntry(UUID id, UUID clientId, String concern, UUID therapistId, UUID clinicId, String city,
        List<DayOfWeek> weekdays, LocalTime earliest, LocalTime latest, int durationMinutes, String state,
        Instant joinedAt, WaitlistOffer latestOffer) {

    private static final String WAITING = "WAITING";

    public WaitlistEntry {
        // the service sends a set, in no particular order; a person reads a week from Monday
        weekdays = weekdays == null ? List.of() : weekdays.stream().distinct().sorted().toList();
    }

    public boolean isWaiting() {
        return WAITING.equals(state);
    }

    /** The time held for this place right now, if any: only while the client still waits. */
    public boolean hasOpenOffer() {
        return isWaiting() && latestOffer != null && latestOffer.isOpen();
    }

    /**
     * What POST /waitlist takes: exactly one of concern and therapist, exactly one of clinic and city. Times as the
     * clinic's clock reads them, to the minute.
     */
    public record Request(UUID clientId, String concern, UUID therapistId, UUID clinicId, String city,
            Collection<DayOfWeek> weekdays, @JsonFormat(pattern = "HH:mm") LocalTime earliest,
            @JsonFormat(pattern = "HH:mm") LocalTime latest, int durationMinutes) {
    }
}
