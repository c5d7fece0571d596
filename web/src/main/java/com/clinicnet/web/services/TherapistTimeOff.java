package com.clinicnet.web.services;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A therapist with their clinics and the time off still ahead, as therapist-service shows them to themselves. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TherapistTimeOff(UUID id, String name, Set<UUID> clinicIds, List<Away> timeOff) {

    public TherapistTimeOff {
        clinicIds = clinicIds == null ? Set.of() : Set.copyOf(clinicIds);
        timeOff = timeOff == null ? List.of() : List.copyOf(timeOff);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Away(UUID id, Instant from, Instant to, String reason) {

        /** For the pages' times, which shift an offset date-time into the clinic's zone. */
        public OffsetDateTime starts() {
            return from.atOffset(ZoneOffset.UTC);
        }

        public OffsetDateTime ends() {
            return to.atOffset(ZoneOffset.UTC);
        }
    }

    /** What POST /therapists/{id}/time-off takes: both ends with the clinic's offset. */
    public record Request(OffsetDateTime from, OffsetDateTime to, String reason) {
    }
}
