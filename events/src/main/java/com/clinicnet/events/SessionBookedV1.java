package com.clinicnet.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A session was booked. Times are instants; {@code clinicTimeZone} lets a reader show them as the clinic does.
 *
 * @param version the session's version after this change; events of one session are applied in this order
 */
public record SessionBookedV1(
        UUID eventId,
        Instant occurredAt,
        UUID sessionId,
        UUID clientId,
        UUID therapistId,
        UUID clinicId,
        int room,
        Instant startsAt,
        Instant endsAt,
        String clinicTimeZone,
        int durationMinutes,
        long version) implements ClinicNetEvent {

    @Override
    public String subject() {
        return sessionId.toString();
    }
}
