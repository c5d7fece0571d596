package com.clinicnet.events;

import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;

/**
 * How and when to reach a client, on the compacted {@code client.contacts} topic. Version 2 adds quiet hours (in the
 * client's time zone; none when both are null) and the opt-out of reminders.
 */
public record ClientContactUpdatedV2(
        UUID eventId,
        Instant occurredAt,
        UUID clientId,
        String name,
        String email,
        String phone,
        String timeZone,
        String language,
        String preferredChannel,
        LocalTime quietHoursFrom,
        LocalTime quietHoursTo,
        boolean remindersOptOut,
        long version) implements ClinicNetEvent {

    @Override
    public String subject() {
        return clientId.toString();
    }
}
