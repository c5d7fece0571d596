package com.clinicnet.booking.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class OccupancyTimelineTests {

    private static final UUID ANA = UUID.randomUUID();
    private static final UUID BAIXA = UUID.randomUUID();

    private final Occupancy morning = session("2027-03-01T09:00:00Z", "2027-03-01T10:10:00Z");
    private final Occupancy longBlock = session("2027-03-01T06:00:00Z", "2027-03-01T13:00:00Z");
    private final Occupancy afternoon = session("2027-03-01T14:00:00Z", "2027-03-01T15:10:00Z");
    private final Occupancy nextDay = session("2027-03-02T09:00:00Z", "2027-03-02T10:10:00Z");
    private final OccupancyTimeline timeline = new OccupancyTimeline(List.of(nextDay, afternoon, morning, longBlock));

    @Test
    void a_session_that_began_long_before_the_interval_but_runs_into_it_is_found() {
        assertThat(timeline.overlapping(at("2027-03-01T12:00:00Z"), at("2027-03-01T12:30:00Z")))
                .containsExactly(longBlock);
    }

    @Test
    void what_overlaps_a_working_day_is_found_in_order_of_start_and_nothing_of_the_next_day() {
        assertThat(timeline.overlapping(at("2027-03-01T08:00:00Z"), at("2027-03-01T20:00:00Z")))
                .containsExactly(longBlock, morning, afternoon);
    }

    @Test
    void a_session_that_ends_as_the_interval_begins_does_not_overlap_it() {
        assertThat(timeline.overlapping(at("2027-03-01T15:10:00Z"), at("2027-03-01T16:00:00Z"))).isEmpty();
    }

    private static Occupancy session(String from, String until) {
        return new Occupancy(ANA, BAIXA, 1, at(from), at(until));
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
