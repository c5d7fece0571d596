package com.clinicnet.web.services;

import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An RFC 9457 problem detail as the services write it, with the fields at fault. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Problem(int status, String title, String detail, List<FieldError> errors) {

    /** booking-service's words when an intake holds a red flag; it has no problem type of its own yet. */
    private static final String SEE_A_DOCTOR = "see a doctor";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public boolean seeADoctorFirst() {
        return detail != null && detail.toLowerCase(Locale.ROOT).contains(SEE_A_DOCTOR);
    }

    /**
     * The first message for each form field, the service's field names mapped to the form's (a form may show
     * quietHours.from and quietHours.to as one).
     */
    public Map<String, String> messagesByField(UnaryOperator<String> formField) {
        return errors.stream().collect(Collectors.toMap(error -> formField.apply(error.field()), FieldError::message,
                (first, second) -> first, LinkedHashMap::new));
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldError(String field, String message) {
    }
}
