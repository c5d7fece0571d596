package com.clinicnet.notification.planning;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long delivered notifications keep what is personal about them.
 *
 * @param personalFields how long after it was sent (or fell due, when never sent) a notification keeps its client's
 *                       id, its reason and its trace parent
 * @param runEvery how often each instance looks for notifications past that
 * @param batchSize how many notifications one transaction changes
 */
@ConfigurationProperties("clinicnet.notifications.retention")
record RetentionProperties(Duration personalFields, Duration runEvery, int batchSize) {
}
