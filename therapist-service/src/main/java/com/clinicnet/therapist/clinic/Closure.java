package com.clinicnet.therapist.clinic;

import java.time.LocalDate;

/** A local date the clinic is closed all day: a holiday, or a closure with its name ("Staff training"). */
public record Closure(LocalDate date, String name) {
}
