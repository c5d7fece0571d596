package com.clinicnet.web.services;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An entry of the specialty catalogue and the concerns it addresses. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Specialty(String code, String name, List<String> addressesConcerns) {

    public Specialty {
        addressesConcerns = addressesConcerns == null ? List.of() : List.copyOf(addressesConcerns);
    }
}
