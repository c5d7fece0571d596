package com.clinicnet.booking.session;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;

/** The new start of a session, with its offset, on the clinic's quarter-hour grid. */
record RescheduleRequest(@NotNull OffsetDateTime startsAt) {
}
