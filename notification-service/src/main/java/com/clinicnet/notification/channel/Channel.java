package com.clinicnet.notification.channel;

import java.util.Optional;

import com.clinicnet.notification.contact.Contact;

/** How a message reaches a client. */
public enum Channel {
    EMAIL,
    SMS;

    /** The client's address on this channel, if they gave one. */
    public Optional<String> addressOf(Contact contact) {
        String address = this == EMAIL ? contact.email() : contact.phone();
        return address == null || address.isBlank() ? Optional.empty() : Optional.of(address);
    }

    /** The client's preferred channel when they can be reached on it, else the other one they can be reached on. */
    public static Optional<Channel> toReach(Contact contact) {
        Channel preferred = "SMS".equalsIgnoreCase(contact.preferredChannel()) ? SMS : EMAIL;
        Channel other = preferred == SMS ? EMAIL : SMS;
        if (preferred.addressOf(contact).isPresent()) {
            return Optional.of(preferred);
        }
        return other.addressOf(contact).map(address -> other);
    }
}
