package com.clinicnet.notification.contact;

import java.time.ZoneId;
import java.util.UUID;

/** How to reach a client, as booking last published it on {@code client.contacts}. */
public record Contact(UUID clientId, String name, String email, String phone, ZoneId timeZone, String language,
        String preferredChannel, boolean remindersOptOut, QuietHours quietHours) {
}
