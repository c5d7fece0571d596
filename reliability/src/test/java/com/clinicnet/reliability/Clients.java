package com.clinicnet.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.clinicnet.testsupport.HttpResponseBody;

/**
 * Clients registered at booking-service, each with an email address and a phone number of their own, who prefer
 * email or SMS, known to notification-service before a scenario starts.
 */
public final class Clients {

    private static final AtomicLong NEXT_PHONE = new AtomicLong(100_000);
    private static final Map<UUID, String> PHONES = new ConcurrentHashMap<>();

    private Clients() {
    }

    public static List<UUID> register(ClinicNetUnderFire system, String scenario, int count) {
        return register(system, scenario, count, "EMAIL");
    }

    public static List<UUID> register(ClinicNetUnderFire system, String scenario, int count, String preferredChannel) {
        List<UUID> clients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID client = UUID.randomUUID();
            PHONES.put(client, "+351910" + NEXT_PHONE.getAndIncrement());
            HttpResponseBody registered = system.booking(client).post("/clients", Map.of("name", "Client " + i,
                    "email", emailOf(client), "phone", phoneOf(client), "timeZone", "Europe/Lisbon", "language", "en",
                    "preferredChannel", preferredChannel));
            assertThat(registered.status()).as(scenario + ": " + registered.json()).isEqualTo(201);
            clients.add(UUID.fromString(registered.text("id")));
        }
        await().atMost(Duration.ofMinutes(1)).until(() -> clients.stream().allMatch(client -> system.count(
                system.notificationService, "SELECT count(*) FROM contact WHERE client_id = ?", client) == 1));
        return clients;
    }

    /** A fresh Idempotency-Key per client, kept for the retries of its one booking. */
    public static Map<UUID, String> idempotencyKeys(List<UUID> clients) {
        return clients.stream().collect(java.util.stream.Collectors.toMap(client -> client,
                client -> UUID.randomUUID().toString()));
    }

    public static String emailOf(UUID client) {
        return client + "@clients.example.org";
    }

    public static String phoneOf(UUID client) {
        return PHONES.get(client);
    }
}
