package com.clinicnet.workingtime;

import java.time.Instant;

/** Time off, from one instant to another. */
public record Absence(Instant from, Instant to) {

    public Absence {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("Time off must end after it starts");
        }
    }
}
