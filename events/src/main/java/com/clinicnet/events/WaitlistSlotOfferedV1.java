package com.clinicnet.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A time freed and was held for the first client in line on a waitlist: the session is held for them (no one else
 * can book it) until {@code heldUntil}, when it passes to the next in line unless they take it. Ids and times only:
 * what the client waits for (their concern) never travels.
 *
 * @param sessionId the held session, which becomes a booked session of that id when the client takes it
 */
public record WaitlistSlotOfferedV1(UUID eventId, Instant occurredAt, UUID offerId, UUID sessionId, UUID clientId,
        UUID therapistId, UUID clinicId, Instant startsAt, Instant endsAt, String clinicTimeZone, int durationMinutes,
        Instant heldUntil) implements ClinicNetEvent {

    @Override
    public String subject() {
        return sessionId.toString();
    }
}
