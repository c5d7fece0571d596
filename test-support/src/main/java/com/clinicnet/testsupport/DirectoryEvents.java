package com.clinicnet.testsupport;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.clinicnet.events.ClinicUpdatedV2;
import com.clinicnet.events.ClinicUpdatedV3;
import com.clinicnet.events.TherapistProfileUpdatedV2;

/** Directory events as therapist-service publishes them, for tests of the booking side. */
public final class DirectoryEvents {

    private DirectoryEvents() {
    }

    /** A clinic open every day, offering every session type. */
    public static ClinicUpdatedV2 clinic(UUID id, String city, String zone, int rooms, int bufferMinutes, long version) {
        return new ClinicUpdatedV2(UUID.randomUUID(), Instant.now(), id, "Clinic " + city, city, "Street 1", zone, rooms,
                bufferMinutes, 24 * 60, List.of(30, 60, 90),
                Arrays.stream(DayOfWeek.values()).map(day -> new ClinicUpdatedV2.OpeningHours(day, LocalTime.MIN,
                        LocalTime.of(23, 45))).toList(),
                version);
    }

    /** A therapist who works at the clinic all day, every day, from yesterday on. */
    public static TherapistProfileUpdatedV2 allDayTherapist(UUID id, UUID clinicId, String specialty, int level,
            long version) {
        return new TherapistProfileUpdatedV2(UUID.randomUUID(), Instant.now(), id, "Therapist " + id, true, List.of("en"),
                List.of(clinicId), List.of(new TherapistProfileUpdatedV2.Specialty(specialty, level)),
                List.of(new TherapistProfileUpdatedV2.WeeklySchedule(LocalDate.now().minusDays(1),
                        Arrays.stream(DayOfWeek.values()).map(day -> new TherapistProfileUpdatedV2.Shift(clinicId, day,
                                LocalTime.MIN, LocalTime.of(23, 45))).toList())),
                List.of(), version);
    }

    /** The same therapist at a later version: active or not, and with this time off ahead. */
    public static TherapistProfileUpdatedV2 revised(TherapistProfileUpdatedV2 profile, boolean active,
            List<TherapistProfileUpdatedV2.TimeOff> timeOff, long version) {
        return new TherapistProfileUpdatedV2(UUID.randomUUID(), Instant.now(), profile.therapistId(), profile.name(),
                active, profile.languages(), profile.clinicIds(), profile.specialties(), profile.schedules(), timeOff,
                version);
    }

    /** The same clinic at a later version, closed all day on these local dates. */
    public static ClinicUpdatedV3 closedOn(ClinicUpdatedV2 clinic, long version, LocalDate... days) {
        return new ClinicUpdatedV3(UUID.randomUUID(), Instant.now(), clinic.clinicId(), clinic.name(), clinic.city(),
                clinic.address(), clinic.timeZone(), clinic.treatmentRooms(), clinic.bufferMinutes(),
                clinic.lateCancellationNoticeMinutes(), clinic.sessionTypes(), clinic.openingHours().stream()
                        .map(hours -> new ClinicUpdatedV3.OpeningHours(hours.weekday(), hours.opens(), hours.closes()))
                        .toList(),
                Arrays.stream(days).map(day -> new ClinicUpdatedV3.Closure(day, "Closed")).toList(), version);
    }
}
