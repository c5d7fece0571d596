package com.clinicnet.notification.channel;

import java.time.Duration;

/**
 * How one channel's provider is treated: how long a call may take, how often a transient failure is retried and
 * how far apart, how long the circuit stays open after the provider kept failing, and the provider's quota.
 *
 * @param timeout the longest one call to the provider may take
 * @param attempts calls per send, the first included, for transient errors
 * @param firstBackoff the wait before the second attempt; it doubles after each, with jitter
 * @param openCircuitFor how long calls are refused without trying once the circuit opened
 * @param permitsPerPeriod the provider's quota: calls allowed per {@code period}
 * @param waitForPermit how long a send waits for the quota before it is postponed
 */
public record ChannelPolicy(Duration timeout, int attempts, Duration firstBackoff, Duration openCircuitFor,
        int permitsPerPeriod, Duration period, Duration waitForPermit) {

    static final double BACKOFF_MULTIPLIER = 2.0;
    static final double JITTER = 0.5;

    /** The longest a send may take: every attempt timing out, after the longest backoffs and the wait for quota. */
    public Duration longestCall() {
        Duration longest = waitForPermit.plus(timeout.multipliedBy(attempts));
        double backoff = firstBackoff.toMillis();
        for (int retry = 1; retry < attempts; retry++) {
            longest = longest.plusMillis((long) Math.ceil(backoff * (1 + JITTER)));
            backoff *= BACKOFF_MULTIPLIER;
        }
        return longest;
    }
}
