package com.clinicnet.web.services;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A bookable slot, its times with the clinic's offset and the clinic's zone. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Slot(UUID therapistId, String therapistName, UUID clinicId, String clinicName, OffsetDateTime starts,
        OffsetDateTime ends, String timeZone, List<String> matchedSpecialties) {

    public Slot {
        matchedSpecialties = matchedSpecialties == null ? List.of() : List.copyOf(matchedSpecialties);
    }
}
