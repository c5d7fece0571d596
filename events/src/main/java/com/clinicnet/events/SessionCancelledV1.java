package com.clinicnet.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A session was cancelled, by the client or the clinic; {@code late} when under the clinic's notice period.
 *
 * @param cancelledBy CLIENT or CLINIC
 */
public record SessionCancelledV1(UUID eventId, Instant occurredAt, UUID sessionId, UUID clientId, UUID therapistId,
        UUID clinicId, Instant startsAt, String clinicTimeZone, String cancelledBy, boolean late, long version)
        implements ClinicNetEvent {

    @Override
    public String subject() {
        return sessionId.toString();
    }
}
