package com.clinicnet.web.services;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A treatment plan: a series of sessions with one therapist at one clinic, every so many days. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Plan(UUID id, UUID therapistId, UUID clinicId, String concern, int sessionsPlanned, int intervalDays,
        String clinicTimeZone, String status) {

    /** What POST /treatment-plans takes. */
    public record Request(UUID clientId, UUID therapistId, UUID clinicId, String concern, Integer sessions,
            Integer intervalDays) {
    }
}
