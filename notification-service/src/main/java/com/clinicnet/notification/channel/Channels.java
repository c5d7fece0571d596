package com.clinicnet.notification.channel;

import java.time.Duration;
import java.util.UUID;

/** Every channel, each behind its own timeout, retry, circuit breaker and rate limiter. */
public interface Channels {

    /** Throws {@link DeliveryRefused} when the provider refused for good, any other exception when it may pass. */
    void send(Channel channel, String address, OutgoingMessage message, UUID notificationId);

    ChannelGateway.Acceptance acceptanceOf(Channel channel, UUID notificationId);

    /** The longest one {@link #send} may take with all its retries: a claim must outlast it. */
    Duration longestCall(Channel channel);
}
