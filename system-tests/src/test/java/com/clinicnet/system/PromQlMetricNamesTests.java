package com.clinicnet.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromQlMetricNamesTests {

    @Test
    void a_quantile_over_a_histogram_reads_the_bucket_series_only() {
        assertThat(PromQlMetricNames.in(
                "histogram_quantile(0.99, sum by (le, kind) (rate(clinicnet_notification_delay_seconds_bucket[5m]))) > 300"))
                .containsExactly("clinicnet_notification_delay_seconds_bucket");
    }

    @Test
    void a_ratio_with_label_matchers_and_a_clamp_reads_both_sides() {
        assertThat(PromQlMetricNames.in("sum(rate(searches_total{found=\"no\"}[15m])) / clamp_min(sum(rate(other_total[15m])), 1e-9)"))
                .containsExactly("searches_total", "other_total");
    }

    @Test
    void keywords_and_grouping_labels_are_not_metrics() {
        assertThat(PromQlMetricNames.in("sum by (application, topic) (deriv(lag[10m])) > 0 and sum by (application) (lag) > 100"))
                .containsExactly("lag");
    }
}
