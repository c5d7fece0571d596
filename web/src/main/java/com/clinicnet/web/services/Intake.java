package com.clinicnet.web.services;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A client's intake (health data: shown, never logged nor put in a URL) and whether it allows a booking. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Intake(List<String> concerns, int painLevel, Set<String> conditions, List<String> injuriesToAvoid,
        boolean seeADoctorFirst) {

    /** What POST /clients/{id}/intake takes. */
    public record Answers(List<String> concerns, Integer painLevel, Set<String> conditions,
            List<String> injuriesToAvoid) {
    }
}
