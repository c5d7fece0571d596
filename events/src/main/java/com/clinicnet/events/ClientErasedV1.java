package com.clinicnet.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A client asked to be forgotten: a tombstone on {@code client.contacts}, so every copy of the contact goes and
 * compaction removes the last trace from the topic.
 */
public record ClientErasedV1(UUID eventId, Instant occurredAt, UUID clientId) implements Tombstone {

    @Override
    public String subject() {
        return clientId.toString();
    }
}
