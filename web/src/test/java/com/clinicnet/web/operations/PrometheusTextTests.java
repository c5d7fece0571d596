package com.clinicnet.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrometheusTextTests {

    @Test
    void a_metric_with_several_series_sums_them() {
        assertThat(PrometheusText.parse(OperationsStandIns.metrics()).sum("clinicnet_dead_letters_total"))
                .hasValue(3.0);
    }

    @Test
    void a_metric_the_service_does_not_expose_has_no_value_rather_than_zero() {
        assertThat(PrometheusText.parse(OperationsStandIns.metrics()).sum("clinicnet_unknown")).isEmpty();
    }

    @Test
    void the_p99_of_a_histogram_is_the_first_bucket_holding_ninety_nine_percent() {
        assertThat(PrometheusText.parse(OperationsStandIns.metrics()).p99("clinicnet_notification_delay_seconds"))
                .hasValue(120.0);
    }

    @Test
    void a_histogram_without_observations_has_no_p99() {
        assertThat(PrometheusText.parse("x_bucket{le=\"+Inf\"} 0\n").p99("x")).isEmpty();
    }

    @Test
    void each_circuit_breaker_is_in_the_state_whose_series_is_one() {
        assertThat(PrometheusText.parse(OperationsStandIns.metrics()).states("resilience4j_circuitbreaker_state"))
                .containsEntry("sms", "open").containsEntry("email", "closed");
    }

    @Test
    void labels_with_escaped_quotes_and_timestamps_are_read() {
        PrometheusText text = PrometheusText.parse("m{a=\"say \\\"hi\\\"\",b=\"x\"} 2.5 1700000000000\n");

        assertThat(text.samples("m").getFirst().labels()).containsEntry("a", "say \"hi\"").containsEntry("b", "x");
        assertThat(text.sum("m")).hasValue(2.5);
    }
}
