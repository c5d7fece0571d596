package com.clinicnet.platform.problem;

/**
 * The request is well-formed but breaks a rule of the clinic, e.g. a therapist who does not work at the clinic.
 * Answered with 422 naming the field at fault.
 */
public class RuleViolationException extends RuntimeException {

    private final String field;

    public RuleViolationException(String field, String detail) {
        super(detail);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
