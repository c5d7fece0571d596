package com.clinicnet.platform.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a consumer remembers the ids of the events it applied ({@link ReceivedEvents}).
 *
 * @param retention an id received longer ago than this is forgotten
 * @param forgetEvery how often each instance looks for such ids
 * @param batchSize how many ids one transaction deletes
 */
@ConfigurationProperties("clinicnet.messaging.received-events")
public record ReceivedEventsProperties(Duration retention, Duration forgetEvery, int batchSize) {
}
