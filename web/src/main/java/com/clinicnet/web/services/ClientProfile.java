package com.clinicnet.web.services;

import java.time.LocalTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A client's booking profile as booking-service keeps it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClientProfile(UUID id, String name, String email, String phone, String timeZone, String language,
        String preferredChannel, QuietHours quietHours, boolean remindersOptOut) {

    /** The hours no reminder is sent in, in the client's zone. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record QuietHours(LocalTime from, LocalTime to) {
    }

    /** What POST and PUT /clients take. */
    public record Change(String name, String email, String phone, String timeZone, String language,
            String preferredChannel, QuietHours quietHours, Boolean remindersOptOut) {
    }
}
