package com.clinicnet.web.services;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A therapist as the pages need them: name and the languages they speak. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Therapist(UUID id, String name, List<String> languages) {

    public Therapist {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
