package com.clinicnet.booking.client;

import java.util.UUID;

record ClientResponse(UUID id, String name, String email, String phone, String timeZone, String language,
        ContactChannel preferredChannel, Client.QuietHours quietHours, boolean remindersOptOut) {

    static ClientResponse of(Client client) {
        return new ClientResponse(client.id(), client.name(), client.email(), client.phone(),
                client.timeZone().getId(), client.language(), client.preferredChannel(), client.quietHours(),
                client.remindersOptOut());
    }
}
