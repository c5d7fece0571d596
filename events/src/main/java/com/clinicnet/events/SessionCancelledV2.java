package com.clinicnet.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A session was cancelled, by the client or the clinic; {@code late} when under the clinic's notice period. Version 2
 * says why, so that a consumer knows when nobody may be told: a session cancelled because its client was erased
 * must not produce a message to an address that is being erased.
 *
 * @param cancelledBy CLIENT or CLINIC
 * @param reason REQUESTED (someone asked for it) or ERASED (the client's data was erased)
 */
public record SessionCancelledV2(UUID eventId, Instant occurredAt, UUID sessionId, UUID clientId, UUID therapistId,
        UUID clinicId, Instant startsAt, String clinicTimeZone, String cancelledBy, boolean late, String reason,
        long version) implements ClinicNetEvent {

    public static final String REQUESTED = "REQUESTED";
    public static final String ERASED = "ERASED";

    @Override
    public String subject() {
        return sessionId.toString();
    }

    public boolean becauseErased() {
        return ERASED.equals(reason);
    }
}
