package com.clinicnet.booking.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** A plan's new length or cadence; either may be left out to keep it as it is. */
record PlanChangeRequest(@Min(1) @Max(52) Integer sessions, @Min(1) @Max(90) Integer intervalDays) {
}
