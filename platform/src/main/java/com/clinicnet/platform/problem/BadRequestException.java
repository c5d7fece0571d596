package com.clinicnet.platform.problem;

/** A request whose parameters do not make sense together, e.g. a window the wrong way round. Answered with 400. */
public class BadRequestException extends RuntimeException {

    private final String field;

    public BadRequestException(String field, String detail) {
        super(detail);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
