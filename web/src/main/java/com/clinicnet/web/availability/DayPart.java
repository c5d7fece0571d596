package com.clinicnet.web.availability;

import java.time.LocalTime;

/** The part of the day a slot starts in, in the clinic's own time. */
enum DayPart {
    MORNING(LocalTime.MIN, LocalTime.NOON),
    AFTERNOON(LocalTime.NOON, LocalTime.of(17, 0)),
    EVENING(LocalTime.of(17, 0), LocalTime.MAX);

    private final LocalTime from;
    private final LocalTime until;

    DayPart(LocalTime from, LocalTime until) {
        this.from = from;
        this.until = until;
    }

    boolean contains(LocalTime start) {
        return !start.isBefore(from) && start.isBefore(until);
    }
}
