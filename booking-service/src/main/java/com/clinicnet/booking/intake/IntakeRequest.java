package com.clinicnet.booking.intake;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record IntakeRequest(
        @NotEmpty @Size(max = 10) List<@NotNull @Pattern(regexp = "[A-Z_]{2,40}") String> concerns,
        @NotNull @Min(0) @Max(10) Integer painLevel,
        @Size(max = 20) Set<@NotNull Condition> conditions,
        @Size(max = 20) List<@NotNull @Size(max = 200) String> injuriesToAvoid) {
}
