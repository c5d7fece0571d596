package com.clinicnet.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.clinicnet.testsupport.HttpResponseBody;

/** Clients registered at booking-service, each with an email address of their own, known to notification-service. */
final class Clients {

    private Clients() {
    }

    static List<UUID> register(ClinicNetUnderFire system, String scenario, int count) {
        List<UUID> clients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID client = UUID.randomUUID();
            HttpResponseBody registered = system.booking(client).post("/clients", Map.of("name", "Client " + i,
                    "email", emailOf(client), "timeZone", "Europe/Lisbon", "language", "en",
                    "preferredChannel", "EMAIL"));
            assertThat(registered.status()).as(scenario + ": " + registered.json()).isEqualTo(201);
            clients.add(UUID.fromString(registered.text("id")));
        }
        await().atMost(Duration.ofMinutes(1)).until(() -> clients.stream().allMatch(client -> system.count(
                system.notificationService, "SELECT count(*) FROM contact WHERE client_id = ?", client) == 1));
        return clients;
    }

    static String emailOf(UUID client) {
        return client + "@clients.example.org";
    }
}
