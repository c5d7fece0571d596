package com.clinicnet.booking.series;

import java.util.List;

/** Some times of a series cannot be booked and the client did not accept a part: nothing was booked. */
class SeriesNotBookableException extends RuntimeException {

    private final transient List<UnbookableTime> unbookable;

    SeriesNotBookableException(List<UnbookableTime> unbookable) {
        super(unbookable.size() + " of the series' times cannot be booked with the plan's therapist; nothing was "
                + "booked. Choose other times, or accept booking the others");
        this.unbookable = List.copyOf(unbookable);
    }

    List<UnbookableTime> unbookable() {
        return unbookable;
    }
}
