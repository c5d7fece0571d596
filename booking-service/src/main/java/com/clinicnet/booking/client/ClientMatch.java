package com.clinicnet.booking.client;

import java.util.UUID;

/** A client the front desk's search found: enough to tell them apart and to book for them. */
record ClientMatch(UUID id, String name, String email, String phone) {

    static ClientMatch of(Client client) {
        return new ClientMatch(client.id(), client.name(), client.email(), client.phone());
    }
}
