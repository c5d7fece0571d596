package com.clinicnet.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A notification could not be delivered and will not be tried again: the provider refused it for good (an invalid
 * number or address), or there was no way to reach the client. {@code reason} is written by ClinicNet and never
 * carries the address, the message or any health detail.
 *
 * @param sessionId the session it is about, or null when it is about a plan
 */
public record NotificationFailedV1(
        UUID eventId,
        Instant occurredAt,
        UUID notificationId,
        UUID clientId,
        UUID sessionId,
        String kind,
        String channel,
        String reason) implements ClinicNetEvent {

    @Override
    public String subject() {
        return notificationId.toString();
    }
}
