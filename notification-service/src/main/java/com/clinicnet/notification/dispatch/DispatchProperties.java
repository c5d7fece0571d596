package com.clinicnet.notification.dispatch;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param batchSize how many due notifications one transaction claims
 * @param retryAfter how long to wait before trying again when the provider failed or the contact is not known yet
 * @param claimFor how long an instance owns the notifications it claimed; one still SENDING after that is in doubt
 * @param languages the languages messages are written in; the first is used for any other language
 * @param concurrentSends how many clients' messages one instance hands to providers at the same time
 * @param webUrl where clients use ClinicNet in a browser; messages link there
 */
@ConfigurationProperties("clinicnet.notifications")
record DispatchProperties(int batchSize, Duration retryAfter, Duration claimFor, List<String> languages,
        int concurrentSends, String webUrl) {
}
