package com.clinicnet.events;

import java.time.Instant;
import java.util.UUID;

/** A session moved to another time (and perhaps room); the earlier time is given so reminders can move. */
public record SessionRescheduledV1(UUID eventId, Instant occurredAt, UUID sessionId, UUID clientId, UUID therapistId,
        UUID clinicId, int room, Instant previousStartsAt, Instant startsAt, Instant endsAt, String clinicTimeZone,
        int durationMinutes, long version) implements ClinicNetEvent {

    @Override
    public String subject() {
        return sessionId.toString();
    }
}
