package com.clinicnet.notification.channel;

/**
 * The request went out but no answer came back (a timeout, a connection broken mid-call): the provider may have the
 * message. Sending it again could give the client two; the dispatcher asks the provider first, where it can be asked.
 */
public class SendInDoubt extends RuntimeException {

    public SendInDoubt(String message, Throwable cause) {
        super(message, cause);
    }
}
