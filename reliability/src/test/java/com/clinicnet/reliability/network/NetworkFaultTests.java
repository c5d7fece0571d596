package com.clinicnet.reliability.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.clinicnet.reliability.Clients;
import com.clinicnet.reliability.ClinicNetUnderFire;
import com.clinicnet.reliability.Faults;
import com.clinicnet.reliability.OpenClinic;
import com.clinicnet.reliability.ReliabilityReport;
import com.clinicnet.reliability.Scale;
import com.clinicnet.reliability.ScenarioOutcome;
import com.clinicnet.events.Topics;
import com.clinicnet.testsupport.HttpResponseBody;
import com.clinicnet.testsupport.TcpProxy;

/**
 * Scenario 3: a bad network between a service and its database or broker. While booking-service's database line is
 * cut, a booking is answered quickly with a 503 problem detail (never a 500, never a hang) and taken once the client
 * retries after the line is back; over a slow line bookings still succeed; when the broker dies abruptly (SIGKILL, as
 * a cut network looks to a client) bookings go on and are published once it is back. Nothing is lost or doubled.
 */
class NetworkFaultTests {

    private static final Duration WITHIN = Duration.ofMinutes(3);
    /** The pool's connection timeout (5 s) plus room for the answer: a request must never wait longer. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);

    private final ClinicNetUnderFire system = ClinicNetUnderFire.get();
    private final Scale scale = Scale.current();

    @Test
    void while_the_database_line_is_cut_bookings_are_refused_with_a_quick_503_and_taken_once_retried() {
        int bookings = scale.of(5, 30);
        OpenClinic clinic = OpenClinic.open(system, "Cut line clinic " + UUID.randomUUID(), 5);
        List<UUID> clients = Clients.register(system, "3a", bookings);
        Map<UUID, String> keys = Clients.idempotencyKeys(clients);
        TcpProxy line = system.databaseLineOf(system.bookingService);

        line.cut();
        try {
            for (int n = 0; n < bookings; n++) {
                UUID client = clients.get(n);
                Instant asked = Instant.now();
                HttpResponseBody refused = system.booking(client).postWithKey("/sessions",
                        clinic.booking(client, clinic.slot(n)), keys.get(client));
                assertThat(Duration.between(asked, Instant.now())).as("answered before the client gives up")
                        .isLessThan(ANSWER_WITHIN);
                assertThat(refused.status()).as(refused.json().toString()).isEqualTo(503);
                assertThat(refused.json().path("title").asString()).isEqualTo("Service unavailable");
            }
        }
        finally {
            line.mend();
        }
        Set<String> sessions = bookAll(clinic, clients, keys);

        record("3a. database line cut", bookings + " bookings refused with 503, then retried",
                "booking-service's database line cut (connections closed, new ones refused)", clinic, clients, sessions);
    }

    @Test
    void over_a_slow_database_line_bookings_still_succeed_once_each() {
        int bookings = scale.of(5, 30);
        OpenClinic clinic = OpenClinic.open(system, "Slow line clinic " + UUID.randomUUID(), 5);
        List<UUID> clients = Clients.register(system, "3b", bookings);
        Map<UUID, String> keys = Clients.idempotencyKeys(clients);
        TcpProxy line = system.databaseLineOf(system.bookingService);

        line.slowDown(Duration.ofMillis(20));
        Set<String> sessions;
        try {
            sessions = bookAll(clinic, clients, keys);
        }
        finally {
            line.mend();
        }

        record("3b. slow database line", bookings + " bookings", "20 ms added to every packet both ways on "
                + "booking-service's database line", clinic, clients, sessions);
    }

    @Test
    void bookings_go_on_while_the_broker_is_gone_abruptly_and_are_published_once_it_is_back() {
        int bookings = scale.of(10, 60);
        OpenClinic clinic = OpenClinic.open(system, "Broker crash clinic " + UUID.randomUUID(), 5);
        List<UUID> clients = Clients.register(system, "3c", bookings);
        Map<UUID, String> keys = Clients.idempotencyKeys(clients);

        system.kafka.kill();
        Set<String> sessions;
        try {
            sessions = bookAll(clinic, clients, keys);
        }
        finally {
            system.kafka.restart();
        }
        await().atMost(WITHIN).until(() -> system.keysOn(Topics.BOOKING_SESSIONS).containsAll(sessions));

        record("3c. broker gone abruptly", bookings + " bookings", "Kafka killed (SIGKILL) during the bookings, "
                + "restarted after them", clinic, clients, sessions);
    }

    /** Books each client's slot, retrying with the same key until the answer is 201 (a 503 may come first). */
    private Set<String> bookAll(OpenClinic clinic, List<UUID> clients, Map<UUID, String> keys) {
        Set<String> sessions = ConcurrentHashMap.newKeySet();
        for (int n = 0; n < clients.size(); n++) {
            UUID client = clients.get(n);
            int slot = n;
            HttpResponseBody booked = await().atMost(WITHIN).until(() -> system.booking(client).postWithKey("/sessions",
                    clinic.booking(client, clinic.slot(slot)), keys.get(client)), answer -> answer.status() != 503);
            assertThat(booked.status()).as(booked.json().toString()).isEqualTo(201);
            sessions.add(booked.text("id"));
        }
        return sessions;
    }

    private void record(String scenario, String load, String faults, OpenClinic clinic, List<UUID> clients,
            Set<String> sessions) {
        assertThat(new HashSet<>(system.sessionIds(clinic.id()))).as("the sessions that exist are those booked")
                .isEqualTo(sessions);
        Set<String> emails = clients.stream().map(Clients::emailOf).collect(Collectors.toSet());
        await().atMost(WITHIN).until(() -> system.emailRecipientsByMessageId().containsAll(emails));
        Faults.awaitNoMoreThan(emails.size(), () -> system.emailRecipientsByMessageId().stream().filter(emails::contains).count());
        ScenarioOutcome outcome = ScenarioOutcome.counting(scenario, load, faults, emails, system.emailRecipientsByMessageId());
        ReliabilityReport.record(outcome);
        assertThat(outcome.lost()).as("confirmations lost").isZero();
        assertThat(outcome.doubled()).as("confirmations sent twice").isZero();
    }
}
