package com.clinicnet.platform.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the transactional outbox (Spring Modulith's event publication registry) retries events the broker has
 * not acknowledged yet.
 *
 * @param resubmitAfter an unacknowledged event older than this is sent again
 * @param resubmitEvery how often to look for such events
 */
@ConfigurationProperties("clinicnet.outbox")
public record OutboxProperties(Duration resubmitAfter, Duration resubmitEvery) {
}
