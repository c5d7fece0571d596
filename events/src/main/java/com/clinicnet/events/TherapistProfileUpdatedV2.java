package com.clinicnet.events;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * The full state of a therapist after a change, on the compacted {@code therapist.profiles} topic. Version 2 adds
 * languages, the weekly schedules (the one in force and any that start later) and the time off still to come; the
 * reason for time off stays private to staff and is not published.
 */
public record TherapistProfileUpdatedV2(
        UUID eventId,
        Instant occurredAt,
        UUID therapistId,
        String name,
        boolean active,
        List<String> languages,
        List<UUID> clinicIds,
        List<Specialty> specialties,
        List<WeeklySchedule> schedules,
        List<TimeOff> timeOff,
        long version) implements ClinicNetEvent {

    public TherapistProfileUpdatedV2 {
        languages = List.copyOf(languages);
        clinicIds = List.copyOf(clinicIds);
        specialties = List.copyOf(specialties);
        schedules = List.copyOf(schedules);
        timeOff = List.copyOf(timeOff);
    }

    /** A specialty the therapist practises: level 1 trained, 2 experienced, 3 expert. */
    public record Specialty(String code, int level) {
    }

    /** The weekly shifts that apply from {@code effectiveFrom} until the next schedule takes over. */
    public record WeeklySchedule(LocalDate effectiveFrom, List<Shift> shifts) {

        public WeeklySchedule {
            shifts = List.copyOf(shifts);
        }
    }

    /** A weekly shift at a clinic, in that clinic's local time. */
    public record Shift(UUID clinicId, DayOfWeek weekday, LocalTime starts, LocalTime ends) {
    }

    /** A period away, as instants. */
    public record TimeOff(UUID timeOffId, Instant from, Instant to) {
    }

    @Override
    public String subject() {
        return therapistId.toString();
    }
}
