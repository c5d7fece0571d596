package com.clinicnet.booking.waitlist;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * When a waiting client can come: some weekdays, between two times of the clinic's clock. A session suits them when
 * it starts and ends on one of those days inside those hours, as the clinic's clock shows them (whatever the
 * offset that day, so a DST change moves nothing).
 */
record SuitableHours(Set<DayOfWeek> days, LocalTime earliest, LocalTime latest) {

    SuitableHours {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("At least one day");
        }
        if (!earliest.isBefore(latest)) {
            throw new IllegalArgumentException("The earliest time comes before the latest");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
    }

    boolean suit(ZonedDateTime starts, ZonedDateTime ends) {
        return days.contains(starts.getDayOfWeek()) && ends.toLocalDate().equals(starts.toLocalDate())
                && !starts.toLocalTime().isBefore(earliest) && !ends.toLocalTime().isAfter(latest);
    }
}
