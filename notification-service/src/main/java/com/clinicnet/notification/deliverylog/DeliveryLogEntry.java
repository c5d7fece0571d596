package com.clinicnet.notification.deliverylog;

import java.time.Instant;
import java.util.UUID;

/** What staff see of a notification: what, to whom (by id), when and how it went; never the message itself. */
public record DeliveryLogEntry(UUID id, String kind, UUID clientId, UUID sessionId, String state, String channel,
        Instant dueAt, Instant sentAt, String sentBy, int attempts, String reason) {
}
