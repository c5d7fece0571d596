package com.clinicnet.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The full state of a clinic after a change, on the compacted {@code clinic.directory} topic.
 *
 * @param version increases with every change of the clinic, so a reader can ignore a stale copy
 */
public record ClinicUpdatedV1(
        UUID eventId,
        Instant occurredAt,
        UUID clinicId,
        String name,
        String city,
        String address,
        String timeZone,
        int treatmentRooms,
        int bufferMinutes,
        long version) implements ClinicNetEvent {

    @Override
    public String subject() {
        return clinicId.toString();
    }
}
