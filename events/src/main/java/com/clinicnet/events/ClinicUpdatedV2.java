package com.clinicnet.events;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * The full state of a clinic after a change, on the compacted {@code clinic.directory} topic. Version 2 adds what
 * booking needs to offer slots: opening hours, session types and the late-cancellation notice.
 *
 * @param openingHours intervals in the clinic's local time; a weekday may have several (a lunch closure) or none
 * @param sessionTypes the session lengths offered, in minutes (30, 60, 90)
 * @param version increases with every change of the clinic, so a reader can ignore a stale copy
 */
public record ClinicUpdatedV2(
        UUID eventId,
        Instant occurredAt,
        UUID clinicId,
        String name,
        String city,
        String address,
        String timeZone,
        int treatmentRooms,
        int bufferMinutes,
        int lateCancellationNoticeMinutes,
        List<Integer> sessionTypes,
        List<OpeningHours> openingHours,
        long version) implements ClinicNetEvent {

    public ClinicUpdatedV2 {
        sessionTypes = List.copyOf(sessionTypes);
        openingHours = List.copyOf(openingHours);
    }

    /** The clinic is open on that weekday from {@code opens} to {@code closes}, local time. */
    public record OpeningHours(DayOfWeek weekday, LocalTime opens, LocalTime closes) {
    }

    @Override
    public String subject() {
        return clinicId.toString();
    }
}
