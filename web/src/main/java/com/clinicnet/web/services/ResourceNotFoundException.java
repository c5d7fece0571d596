package com.clinicnet.web.services;

/** The service knows no such thing for this person (also what another person's session looks like). */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String what) {
        super(what + " not found");
    }
}
