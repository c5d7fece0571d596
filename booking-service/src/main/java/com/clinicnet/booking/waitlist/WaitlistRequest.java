package com.clinicnet.booking.waitlist;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A client asks for a place in line: for a concern or one therapist (exactly one), at a clinic or anywhere in a city
 * (exactly one), on these weekdays between two times of the clinic's clock, for a session of this length.
 */
record WaitlistRequest(
        @NotNull UUID clientId,
        @Pattern(regexp = "[A-Z_]{2,40}") String concern,
        UUID therapistId,
        UUID clinicId,
        @Size(max = 100) String city,
        @NotEmpty Set<DayOfWeek> weekdays,
        @NotNull LocalTime earliest,
        @NotNull LocalTime latest,
        @NotNull Integer durationMinutes) {
}
