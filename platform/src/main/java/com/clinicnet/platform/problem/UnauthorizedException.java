package com.clinicnet.platform.problem;

/**
 * A request that must prove who sent it by other means than a token (a signed webhook) and does not. Answered with
 * 401.
 */
public class UnauthorizedException extends RuntimeException {

    public UnauthorizedException(String detail) {
        super(detail);
    }
}
