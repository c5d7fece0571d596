package com.clinicnet.notification.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ChannelPolicyTests {

    @Test
    void the_longest_send_counts_every_attempt_timing_out_after_the_longest_backoffs_and_the_wait_for_quota() {
        ChannelPolicy policy = new ChannelPolicy(Duration.ofSeconds(5), 3, Duration.ofMillis(200),
                Duration.ofSeconds(30), 20, Duration.ofSeconds(1), Duration.ofSeconds(5));

        // 5 s quota + 3 × 5 s + 300 ms + 600 ms (200 and 400 ms backoffs, each up to 50 % longer)
        assertThat(policy.longestCall()).isEqualTo(Duration.ofMillis(20_900));
    }
}
