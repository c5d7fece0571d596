package com.clinicnet.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatenciesTests {

    @Test
    void the_99th_percentile_of_a_hundred_answers_is_the_99th_slowest_by_nearest_rank() {
        Latencies latencies = new Latencies();
        for (int millis = 100; millis >= 1; millis--) {
            latencies.addMillis(millis);
        }

        assertThat(latencies.p50()).isEqualTo(50.0);
        assertThat(latencies.p99()).isEqualTo(99.0);
        assertThat(latencies.max()).isEqualTo(100.0);
    }

    @Test
    void no_answers_have_no_percentile() {
        assertThat(new Latencies().p99()).isNaN();
    }
}
