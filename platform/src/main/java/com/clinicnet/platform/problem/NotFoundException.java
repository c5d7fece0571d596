package com.clinicnet.platform.problem;

/** What the client asked for does not exist (or must not be revealed). Answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " was not found");
    }
}
