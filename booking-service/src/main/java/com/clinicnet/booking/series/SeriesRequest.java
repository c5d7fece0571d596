package com.clinicnet.booking.series;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;

/**
 * The first session of the series (its offset as availability shows it), the length of each, and whether the client
 * accepts booking only the times that can be booked (default: all or none).
 */
record SeriesRequest(@NotNull OffsetDateTime firstStartsAt, @NotNull Integer durationMinutes, Boolean acceptPartial) {

    boolean partialAccepted() {
        return Boolean.TRUE.equals(acceptPartial);
    }
}
