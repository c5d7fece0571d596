package com.clinicnet.web.services;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A clinic as the pages need it: where it is, its zone, and how early a cancellation must come. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Clinic(UUID id, String name, String city, String address, String timeZone,
        long lateCancellationNoticeMinutes) {
}
