package com.clinicnet.notification.channel;

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

    /**
     * Whether {@link #acceptanceOf} can tell. Then a send whose outcome is unknown ({@link SendInDoubt}) is asked
     * about before it is repeated, instead of being retried at once.
     */
    default boolean remembersSends() {
        return false;
    }

    enum Acceptance {
        ACCEPTED,
        NOT_ACCEPTED,
        /** The provider cannot be asked (SMTP): the message is sent again, with the same Message-ID. */
        UNKNOWN
    }
}
