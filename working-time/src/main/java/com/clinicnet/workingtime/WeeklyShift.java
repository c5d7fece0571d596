package com.clinicnet.workingtime;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.UUID;

/** A shift that repeats every week at a clinic, in that clinic's local time, within one day. */
public record WeeklyShift(UUID clinicId, DayOfWeek weekday, LocalTime starts, LocalTime ends) {

    public WeeklyShift {
        if (!starts.isBefore(ends)) {
            throw new IllegalArgumentException("A shift must end after it starts, on the same day");
        }
    }

    /** Its length on a day without a clock change. */
    public Duration nominalLength() {
        return Duration.between(starts, ends);
    }
}
