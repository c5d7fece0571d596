package com.clinicnet.booking.session;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * A client's wish for a session. {@code startsAt} carries its offset (as availability shows it, in the clinic's
 * zone), so the instant is never ambiguous, also on the night clocks change.
 */
record SessionRequest(
        @NotNull UUID clientId,
        @NotNull UUID therapistId,
        @NotNull UUID clinicId,
        @NotNull OffsetDateTime startsAt,
        @NotNull Integer durationMinutes,
        UUID planId) {
}
