package com.clinicnet.web.services;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A client a front desk found by name, email or phone, to book for. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClientFound(UUID id, String name, String email, String phone) {

    /** A walk-in as POST /clients takes it from a front desk: registered at the desk's clinic. */
    public record WalkIn(String name, String email, String phone, String timeZone, String language,
            String preferredChannel, UUID registeringClinicId) {
    }
}
