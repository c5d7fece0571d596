package com.clinicnet.notification.planning;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * What a notification is about: a client's session at a clinic with a therapist, or for plan messages the date the
 * next session of the plan is due by. Ids and times only; names are looked up when the message is written.
 *
 * @param sessionId null for messages about a plan
 * @param startsAt when the session starts (for a follow-up: the start of the day it is due by)
 */
public record Visit(UUID clientId, UUID sessionId, UUID clinicId, UUID therapistId, Instant startsAt,
        ZoneId clinicTimeZone, int durationMinutes) {
}
