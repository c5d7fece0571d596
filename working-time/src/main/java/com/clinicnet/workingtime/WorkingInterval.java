package com.clinicnet.workingtime;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.UUID;

/** A concrete stretch of work at a clinic, shown in the clinic's zone. */
public record WorkingInterval(UUID clinicId, ZonedDateTime starts, ZonedDateTime ends) {

    public Duration length() {
        return Duration.between(starts.toInstant(), ends.toInstant());
    }

    public boolean overlaps(WorkingInterval other) {
        return starts.toInstant().isBefore(other.ends.toInstant()) && other.starts.toInstant().isBefore(ends.toInstant());
    }

    boolean overlaps(Absence absence) {
        return starts.toInstant().isBefore(absence.to()) && absence.from().isBefore(ends.toInstant());
    }

    WorkingInterval between(Instant from, Instant to) {
        return new WorkingInterval(clinicId, from.atZone(starts.getZone()), to.atZone(starts.getZone()));
    }
}
