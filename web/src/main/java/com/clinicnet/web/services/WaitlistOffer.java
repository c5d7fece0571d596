package com.clinicnet.web.services;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A freed time held for a waiting client until {@code heldUntil}, in its clinic's zone; after that it goes to the
 * next in line.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WaitlistOffer(UUID id, UUID entryId, UUID sessionId, UUID therapistId, UUID clinicId,
        OffsetDateTime starts, OffsetDateTime ends, String timeZone, OffsetDateTime heldUntil, String state) {

    static final String OPEN = "OPEN";

    public boolean isOpen() {
        return OPEN.equals(state);
    }
}
