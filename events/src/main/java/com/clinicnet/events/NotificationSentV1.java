package com.clinicnet.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A notification left ClinicNet: the provider (SMTP server, SMS gateway) accepted it.
 *
 * @param sessionId the session it is about, or null when it is about a plan
 */
public record NotificationSentV1(
        UUID eventId,
        Instant occurredAt,
        UUID notificationId,
        UUID clientId,
        UUID sessionId,
        String kind,
        String channel) implements ClinicNetEvent {

    @Override
    public String subject() {
        return notificationId.toString();
    }
}
