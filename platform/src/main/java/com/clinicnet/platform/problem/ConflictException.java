package com.clinicnet.platform.problem;

/** The request is valid but collides with the current state, e.g. the slot was just taken. Answered with 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String detail) {
        super(detail);
    }
}
