package com.clinicnet.notification.notification;

/** The way out to an email provider. */
public interface EmailGateway {

    void send(String to, OutgoingMessage message);
}
