package com.clinicnet.therapist.clinic;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** The clinic is open on a weekday from {@code opens} to {@code closes}, in its local time. */
public record OpeningHours(DayOfWeek weekday, LocalTime opens, LocalTime closes) {

    public boolean covers(DayOfWeek day, LocalTime from, LocalTime to) {
        return weekday == day && !from.isBefore(opens) && !to.isAfter(closes);
    }

    boolean overlaps(OpeningHours other) {
        return weekday == other.weekday && opens.isBefore(other.closes) && other.opens.isBefore(closes);
    }
}
