package com.clinicnet.platform.messaging;

import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends again what the broker did not acknowledge (it was down, or the service died before the send
 * completed). Modulith would otherwise retry only at the next start. Consumers are idempotent, so an event
 * sent twice is harmless.
 */
class OutboxResubmission {

    private final IncompleteEventPublications incomplete;
    private final OutboxProperties properties;

    OutboxResubmission(IncompleteEventPublications incomplete, OutboxProperties properties) {
        this.incomplete = incomplete;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${clinicnet.outbox.resubmit-every}", initialDelayString = "${clinicnet.outbox.resubmit-every}")
    void resubmitUnacknowledged() {
        incomplete.resubmitIncompletePublicationsOlderThan(properties.resubmitAfter());
    }
}
