package com.clinicnet.platform.problem;

/** The caller's role does not allow this at all. Answered with 403. (Another's object is a 404 instead.) */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String detail) {
        super(detail);
    }
}
