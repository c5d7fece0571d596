package com.clinicnet.booking.plan;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

record PlanRequest(@NotNull UUID clientId, @NotNull UUID therapistId, @NotNull UUID clinicId,
        @NotNull @Pattern(regexp = "[A-Z_]{2,40}") String concern,
        @NotNull @Min(1) @Max(52) Integer sessions,
        @NotNull @Min(1) @Max(90) Integer intervalDays) {
}
