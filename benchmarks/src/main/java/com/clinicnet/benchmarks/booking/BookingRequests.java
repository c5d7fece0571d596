package com.clinicnet.benchmarks.booking;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.clinicnet.benchmarks.system.BenchmarkClients.Client;
import com.clinicnet.benchmarks.system.BenchmarkNetwork;

import tools.jackson.databind.json.JsonMapper;

/**
 * An endless supply of bookings on distinct free slots, each by one of the clients in turn. With at least as many
 * clients as therapists, no client is ever booked twice at one time.
 */
public final class BookingRequests implements Iterator<Map<String, Object>> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BenchmarkNetwork network;
    private final List<Client> clients;
    private final AtomicLong next = new AtomicLong();

    public BookingRequests(BenchmarkNetwork network, List<Client> clients) {
        if (clients.size() < network.therapists().size()) {
            throw new IllegalArgumentException("Fewer clients than therapists would book a client twice at a time");
        }
        this.network = network;
        this.clients = clients;
    }

    @Override
    public boolean hasNext() {
        return true;
    }

    @Override
    public Map<String, Object> next() {
        long n = next.getAndIncrement();
        BenchmarkNetwork.Slot slot = network.slot(n);
        Client client = clients.get((int) (n % clients.size()));
        String body = JSON.writeValueAsString(Map.of("clientId", client.id().toString(),
                "therapistId", slot.therapist().toString(), "clinicId", slot.clinic().toString(),
                "startsAt", slot.startsAt().toOffsetDateTime().toString(),
                "durationMinutes", BenchmarkNetwork.SESSION_MINUTES));
        return Map.of("token", client.token(), "idempotencyKey", UUID.randomUUID().toString(), "body", body);
    }

    long handedOut() {
        return next.get();
    }
}
