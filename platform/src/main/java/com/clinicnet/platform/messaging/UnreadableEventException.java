package com.clinicnet.platform.messaging;

/**
 * A record that no retry can make readable: bad JSON, an unknown type or version, a missing field.
 * The binder sends it straight to the topic's dead-letter queue and the consumer goes on.
 */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message) {
        super(message);
    }

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
