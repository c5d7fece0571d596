package com.clinicnet.events;

import java.time.Instant;
import java.util.UUID;

/**
 * How to reach a client, on the compacted {@code client.contacts} topic: the only topic with contact data.
 * A tombstone (null value) for the client id means the client was erased.
 */
public record ClientContactUpdatedV1(
        UUID eventId,
        Instant occurredAt,
        UUID clientId,
        String name,
        String email,
        String phone,
        String timeZone,
        String language,
        String preferredChannel,
        long version) implements ClinicNetEvent {

    @Override
    public String subject() {
        return clientId.toString();
    }
}
