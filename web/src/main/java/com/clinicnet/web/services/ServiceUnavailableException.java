package com.clinicnet.web.services;

/** A service did not answer in time, could not be reached, or failed: the page says what still works. */
public class ServiceUnavailableException extends RuntimeException {

    private final String service;

    public ServiceUnavailableException(String service, String what, Throwable cause) {
        super(service + " did not give the " + what + " (" + cause.getClass().getSimpleName() + ")", cause);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
