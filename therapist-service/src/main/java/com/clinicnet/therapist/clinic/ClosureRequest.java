package com.clinicnet.therapist.clinic;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A day to close the clinic, in its own local calendar, and what to call it. */
record ClosureRequest(@NotNull LocalDate date, @NotBlank @Size(max = 100) String name) {

    Closure toClosure() {
        return new Closure(date, name.strip());
    }
}
