package com.clinicnet.web.admin;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** therapist-service's requests and answers as the admin's pages send and read them. */
final class NetworkRecords {

    private NetworkRecords() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    /** A day a clinic is closed all day, with its name. */
    record Closure(java.time.LocalDate date, String name) {
    }

    record ClinicDetails(UUID id, String name, String city, String address, String timeZone, int treatmentRooms,
            long bufferMinutes, long lateCancellationNoticeMinutes, Set<Integer> sessionTypes,
            List<Hours> openingHours) {

        ClinicDetails {
            sessionTypes = sessionTypes == null ? Set.of() : Set.copyOf(sessionTypes);
            openingHours = openingHours == null ? List.of() : List.copyOf(openingHours);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Hours(DayOfWeek weekday, LocalTime opens, LocalTime closes) {
    }

    /** What POST /clinics and PUT /clinics/{id} take. */
    record ClinicRequest(String name, String city, String address, String timeZone, Integer treatmentRooms,
            Integer bufferMinutes, Integer lateCancellationNoticeMinutes, Set<Integer> sessionTypes,
            List<Hours> openingHours) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SpecialtyDetails(String code, String name, String description, List<String> addressesConcerns) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TherapistDetails(UUID id, String name, Credentials credentials, List<String> languages, boolean active,
            Set<UUID> clinicIds, List<SpecialtyLevel> specialties, List<Schedule> schedules, List<TimeOff> timeOff,
            long version) {

        TherapistDetails {
            languages = languages == null ? List.of() : List.copyOf(languages);
            clinicIds = clinicIds == null ? Set.of() : Set.copyOf(clinicIds);
            specialties = specialties == null ? List.of() : List.copyOf(specialties);
            schedules = schedules == null ? List.of() : List.copyOf(schedules);
            timeOff = timeOff == null ? List.of() : List.copyOf(timeOff);
        }

        Integer levelOf(String specialty) {
            return specialties.stream().filter(s -> s.code().equals(specialty)).map(SpecialtyLevel::level)
                    .findFirst().orElse(null);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Credentials(String licenceNumber, String issuingBody) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SpecialtyLevel(String code, Integer level) {
    }

    /** What POST /therapists and PUT /therapists/{id} take. */
    record TherapistRequest(String name, Credentials credentials, List<String> languages, Set<UUID> clinicIds,
            List<SpecialtyLevel> specialties) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Schedule(LocalDate effectiveFrom, List<Shift> shifts) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Shift(UUID clinicId, DayOfWeek weekday, LocalTime starts, LocalTime ends) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TimeOff(UUID id, OffsetDateTime from, OffsetDateTime to, String reason) {
    }

    /** What POST /therapists/{id}/time-off takes. */
    record TimeOffRequest(OffsetDateTime from, OffsetDateTime to, String reason) {
    }

    /** One working interval as GET /therapists/{id}/calendar and the preview answer it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CalendarEntry(UUID clinicId, OffsetDateTime starts, OffsetDateTime ends, String timeZone, long minutes) {
    }
}
