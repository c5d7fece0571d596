package com.clinicnet.booking.availability;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One therapist's or one clinic's occupancy in order of start, so that what overlaps a working interval is found by
 * a binary search instead of a pass over the whole fortnight: a city search asks this for every therapist and day,
 * and the pass was most of its time (docs/decisions/0008).
 */
final class OccupancyTimeline {

    private final List<Occupancy> byStart;
    /** No occupancy lasts longer, so none starting earlier than this before an interval can reach into it. */
    private final Duration longest;

    OccupancyTimeline(List<Occupancy> occupancy) {
        this.byStart = occupancy.stream().sorted(Comparator.comparing(Occupancy::from)).toList();
        this.longest = byStart.stream().map(occupied -> Duration.between(occupied.from(), occupied.until()))
                .max(Comparator.naturalOrder()).orElse(Duration.ZERO);
    }

    /** Those that overlap {@code [from, until)}, in order of start. */
    List<Occupancy> overlapping(Instant from, Instant until) {
        List<Occupancy> found = new ArrayList<>();
        for (int i = firstStartingAtOrAfter(from.minus(longest)); i < byStart.size(); i++) {
            Occupancy occupied = byStart.get(i);
            if (!occupied.from().isBefore(until)) {
                break;
            }
            if (occupied.overlaps(from, until)) {
                found.add(occupied);
            }
        }
        return found;
    }

    private int firstStartingAtOrAfter(Instant instant) {
        int low = 0;
        int high = byStart.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (byStart.get(middle).from().isBefore(instant)) {
                low = middle + 1;
            }
            else {
                high = middle;
            }
        }
        return low;
    }
}
