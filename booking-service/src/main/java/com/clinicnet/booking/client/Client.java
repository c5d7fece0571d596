package com.clinicnet.booking.client;

import java.time.ZoneId;
import java.util.UUID;

/** A person who books sessions, with how and when they want to be reached. */
public record Client(UUID id, String name, String email, String phone, ZoneId timeZone, String language,
        ContactChannel preferredChannel, QuietHours quietHours, boolean remindersOptOut, long version) {

    /** No messages between these local times (in the client's zone); may span midnight, e.g. 22:00–08:00. */
    public record QuietHours(java.time.LocalTime from, java.time.LocalTime to) {
    }

    public Client revisedAs(Client details) {
        return new Client(id, details.name, details.email, details.phone, details.timeZone, details.language,
                details.preferredChannel, details.quietHours, details.remindersOptOut, version + 1);
    }

    public Client {
        if (email == null && phone == null) {
            throw new IllegalArgumentException("A client needs an email address or a phone number");
        }
    }

    /** The field that makes the preferred channel unusable, if any: email without an address, SMS without a phone. */
    public static String unreachableField(ContactChannel channel, String email, String phone) {
        if (channel == ContactChannel.EMAIL && email == null) {
            return "email";
        }
        if (channel == ContactChannel.SMS && phone == null) {
            return "phone";
        }
        return null;
    }
}
