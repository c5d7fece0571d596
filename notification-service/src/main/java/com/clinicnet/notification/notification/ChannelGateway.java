package com.clinicnet.notification.notification;

import java.util.UUID;

/**
 * The way out to one provider (an SMTP server, an SMS API). A call that throws {@link DeliveryRefused} failed for
 * good; any other exception is transient and the notification is tried again later.
 */
public interface ChannelGateway {

    Channel channel();

    /** Hands the message to the provider; {@code notificationId} lets the provider recognise a repeated send. */
    void send(String address, OutgoingMessage message, UUID notificationId);

    /**
     * Whether the provider already accepted this notification: asked after a crash left a send in doubt, so that a
     * message is not sent twice where the provider can tell.
     */
    default Acceptance acceptanceOf(UUID notificationId) {
        return Acceptance.UNKNOWN;
    }

    enum Acceptance {
        ACCEPTED,
        NOT_ACCEPTED,
        /** The provider cannot be asked (SMTP): the message is sent again, with the same Message-ID. */
        UNKNOWN
    }
}
