package com.clinicnet.events;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * The full state of a clinic after a change, on the compacted {@code clinic.directory} topic. Version 3 adds the days
 * the clinic is closed (holidays, closures) from today on; version 2 added opening hours, session types and the
 * late-cancellation notice.
 *
 * @param openingHours intervals in the clinic's local time; a weekday may have several (a lunch closure) or none
 * @param sessionTypes the session lengths offered, in minutes (30, 60, 90)
 * @param closures the local dates, today and later, on which the clinic is closed all day, each with its name
 * @param version increases with every change of the clinic, so a reader can ignore a stale copy
 */
public record ClinicUpdatedV3(
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
        List<Closure> closures,
        long version) implements ClinicNetEvent {

    public ClinicUpdatedV3 {
        sessionTypes = List.copyOf(sessionTypes);
        openingHours = List.copyOf(openingHours);
        closures = List.copyOf(closures);
    }

    /** A local date the clinic is closed all day: a holiday, or a closure with its name ("Staff training"). */
    public record Closure(LocalDate date, String name) {
    }

    /** The clinic is open on that weekday from {@code opens} to {@code closes}, local time. */
    public record OpeningHours(DayOfWeek weekday, LocalTime opens, LocalTime closes) {
    }

    @Override
    public String subject() {
        return clinicId.toString();
    }
}
