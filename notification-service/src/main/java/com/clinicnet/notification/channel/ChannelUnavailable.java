package com.clinicnet.notification.channel;

/** A channel's provider did not take a message this time (timeout, no gateway): the send is tried again later. */
class ChannelUnavailable extends RuntimeException {

    ChannelUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
