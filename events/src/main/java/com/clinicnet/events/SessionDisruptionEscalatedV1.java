package com.clinicnet.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A disrupted session still undecided close to its start (a day before, by default): raised to its clinic's front
 * desk again. The session is still booked; the version is the session's.
 */
public record SessionDisruptionEscalatedV1(UUID eventId, Instant occurredAt, UUID sessionId, UUID clientId,
        UUID therapistId, UUID clinicId, Instant startsAt, String clinicTimeZone, long version)
        implements ClinicNetEvent {

    @Override
    public String subject() {
        return sessionId.toString();
    }
}
