package com.clinicnet.therapist.roster;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A period away. The reason stays with staff: it is never published nor shown to clients. */
record TimeOffRequest(@NotNull OffsetDateTime from, @NotNull OffsetDateTime to, @Size(max = 500) String reason) {
}
