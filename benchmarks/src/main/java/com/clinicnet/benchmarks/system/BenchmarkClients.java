package com.clinicnet.benchmarks.system;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.clinicnet.testsupport.HttpResponseBody;
import com.clinicnet.testsupport.ServiceClient;

/** Clients registered through booking-service, as each registers itself, with the token it books with. */
public final class BenchmarkClients {

    private static final int REGISTERING_AT_ONCE = 4;

    private BenchmarkClients() {
    }

    /** Registers that many clients who prefer the channel; email to n@clients.example, SMS to a number of theirs. */
    public static List<Client> register(BenchmarkedSystem system, RunningService booking, int count, String channel)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(REGISTERING_AT_ONCE);
        List<Future<Client>> registered = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            registered.add(threads.submit(() -> registerOne(system, booking, n, channel)));
        }
        List<Client> clients = new ArrayList<>();
        for (Future<Client> client : registered) {
            clients.add(client.get());
        }
        threads.shutdown();
        return clients;
    }

    private static Client registerOne(BenchmarkedSystem system, RunningService booking, int n, String channel) {
        UUID id = UUID.randomUUID();
        String token = system.identity().client(id);
        Map<String, Object> profile = new HashMap<>(Map.of("name", "Client " + n, "email", "client-" + n + "@clients.example",
                "phone", String.format("+3519%08d", n), "timeZone", BenchmarkNetwork.ZONE.getId(), "language", "en",
                "preferredChannel", channel));
        HttpResponseBody answer = ServiceClient.onPort(booking.port()).as(token).post("/clients", profile);
        if (answer.status() != 201) {
            throw new IllegalStateException("Registering a client answered " + answer.status() + " " + answer.json());
        }
        return new Client(id, token, (String) profile.get("email"), (String) profile.get("phone"));
    }

    public record Client(UUID id, String token, String email, String phone) {
    }
}
