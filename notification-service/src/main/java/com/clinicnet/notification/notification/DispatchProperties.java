package com.clinicnet.notification.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param batchSize how many due notifications one transaction claims
 * @param retryAfter how long to wait before trying again when the provider failed or the contact is not known yet
 */
@ConfigurationProperties("clinicnet.notifications")
public record DispatchProperties(int batchSize, Duration retryAfter) {
}
