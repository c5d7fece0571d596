package com.clinicnet.reliability.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.clinicnet.reliability.Clients;
import com.clinicnet.reliability.ClinicNetUnderFire;
import com.clinicnet.reliability.Faults;
import com.clinicnet.reliability.OpenClinic;
import com.clinicnet.reliability.ReliabilityReport;
import com.clinicnet.reliability.Scale;
import com.clinicnet.reliability.ScenarioOutcome;
import com.clinicnet.events.Topics;
import com.clinicnet.platform.messaging.CloudEventHeaders;
import com.clinicnet.testsupport.HttpResponseBody;
import com.clinicnet.testsupport.TopicRecords;

/**
 * Scenario 1: the Kafka broker is stopped, clients go on booking, the broker comes back. The outbox holds every
 * booking's event while the broker is away, so each booking is accepted, published once or more, and confirmed to
 * its client exactly once.
 */
class BrokerOutageTests {

    private static final String SCENARIO = "1. broker outage";
    private static final String SESSION_BOOKED = "clinicnet.booking.SessionBooked.v1";
    private static final int CONCURRENT_CLIENTS = 8;

    private final ClinicNetUnderFire system = ClinicNetUnderFire.get();
    private final Scale scale = Scale.current();

    @Test
    void bookings_made_while_the_broker_is_down_are_all_accepted_published_and_confirmed_exactly_once()
            throws Exception {
        int bookings = scale.of(50, 500);
        // longer than the producers' delivery timeout, so the outbox's resubmission is what publishes them
        Duration outage = scale.of(ClinicNetUnderFire.PRODUCER_GIVES_UP.plusSeconds(5), Duration.ofSeconds(60));
        OpenClinic clinic = OpenClinic.open(system, "Outage clinic " + UUID.randomUUID(), 10);
        List<UUID> clients = Clients.register(system, SCENARIO, bookings);

        Instant down = Instant.now();
        system.kafka.stop();
        Set<String> booked = ConcurrentHashMap.newKeySet();
        try {
            bookAll(clinic, clients, booked);
            Faults.holdUntil(down.plus(outage));
        }
        finally {
            system.kafka.restart();
        }

        assertThat(booked).as("bookings accepted while the broker was down").hasSize(bookings);
        assertThat(system.count(system.bookingService, "SELECT count(*) FROM session WHERE clinic_id = ?", clinic.id()))
                .isEqualTo(bookings);
        await().atMost(Duration.ofMinutes(3)).until(() -> published(booked).keySet().containsAll(booked));
        Set<String> emails = clients.stream().map(Clients::emailOf).collect(Collectors.toSet());
        await().atMost(Duration.ofMinutes(3)).until(() -> system.emailRecipientsByMessageId().containsAll(emails));
        Faults.awaitNoMoreThan(emails.size(), () -> system.emailRecipientsByMessageId().stream().filter(emails::contains).count());

        ScenarioOutcome outcome = ScenarioOutcome.counting(SCENARIO, bookings + " bookings by " + CONCURRENT_CLIENTS
                + " clients at once", "broker stopped for " + outage.toSeconds() + " s", emails,
                system.emailRecipientsByMessageId());
        ReliabilityReport.record(outcome);
        assertThat(outcome.lost()).as("confirmations lost").isZero();
        assertThat(outcome.doubled()).as("confirmations sent twice").isZero();
    }

    private void bookAll(OpenClinic clinic, List<UUID> clients, Set<String> booked) throws Exception {
        try (ExecutorService callers = Executors.newFixedThreadPool(CONCURRENT_CLIENTS)) {
            List<Future<?>> answers = IntStream.range(0, clients.size()).<Future<?>>mapToObj(n -> callers.submit(() -> {
                UUID client = clients.get(n);
                HttpResponseBody session = system.booking(client).post("/sessions",
                        clinic.booking(client, clinic.slot(n)));
                assertThat(session.status()).as(session.json().toString()).isEqualTo(201);
                booked.add(session.text("id"));
            })).toList();
            for (Future<?> answer : answers) {
                answer.get();
            }
        }
    }

    /** SessionBooked records on the topic, by session, with how many copies each has. */
    private java.util.Map<String, Long> published(Set<String> sessions) {
        return TopicRecords.all(system.kafka.bootstrapServers(), Topics.BOOKING_SESSIONS).stream()
                .filter(record -> TopicRecords.header(record, CloudEventHeaders.TYPE).orElse("").equals(SESSION_BOOKED))
                .filter(record -> sessions.contains(record.key()))
                .collect(Collectors.groupingBy(record -> record.key(), Collectors.counting()));
    }
}
