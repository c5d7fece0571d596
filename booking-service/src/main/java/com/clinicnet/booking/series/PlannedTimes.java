package com.clinicnet.booking.series;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The times of a series: the first, then one every so many days at the same time of the clinic's clock, whatever
 * the offset that day (a series across a clock change keeps its 10 o'clock). Plain Java.
 */
final class PlannedTimes {

    private PlannedTimes() {
    }

    static List<ZonedDateTime> of(ZonedDateTime first, int count, int intervalDays) {
        return IntStream.range(0, count)
                .mapToObj(i -> ZonedDateTime.of(first.toLocalDate().plusDays((long) i * intervalDays),
                        first.toLocalTime(), first.getZone()))
                .toList();
    }
}
