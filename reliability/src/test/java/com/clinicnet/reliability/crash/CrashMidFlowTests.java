package com.clinicnet.reliability.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

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

/**
 * Scenario 2: booking-service is killed (SIGKILL) while bookings are in flight, and notification-service while it
 * waits for the SMS provider to take confirmations; both are started again on their databases. A client whose
 * request failed retries it with the same Idempotency-Key, as the API asks. Then every booking a client was told
 * about exists once and is published, no booking exists that no client was told about, and every client gets
 * exactly one confirmation (SMS counted at the provider, email by Message-ID at the SMTP server).
 */
class CrashMidFlowTests {

    private static final String SCENARIO = "2. crash mid-flow";
    private static final int CONCURRENT_CLIENTS = 8;
    private static final Duration SLOW_PROVIDER = Duration.ofMillis(500);
    private static final Duration WITHIN = Duration.ofMinutes(3);

    private final ClinicNetUnderFire system = ClinicNetUnderFire.get();
    private final Scale scale = Scale.current();
    private final Map<UUID, String> acknowledged = new ConcurrentHashMap<>();
    private final Set<UUID> sawFailure = ConcurrentHashMap.newKeySet();

    @Test
    void killed_services_lose_no_acknowledged_booking_invent_none_and_confirm_each_exactly_once() throws Exception {
        int bookings = scale.of(60, 400);
        OpenClinic clinic = OpenClinic.open(system, "Crash clinic " + UUID.randomUUID(), 10);
        List<UUID> bySms = Clients.register(system, SCENARIO, bookings / 2, "SMS");
        List<UUID> byEmail = Clients.register(system, SCENARIO, bookings - bySms.size(), "EMAIL");
        List<UUID> clients = Stream.concat(bySms.stream(), byEmail.stream()).toList();
        Map<UUID, String> keys = Clients.idempotencyKeys(clients);
        system.sms.answerAfter(SLOW_PROVIDER);
        int smsBefore = system.sms.memory().received().size();
        try {
            Future<?> crashes = crashBothWhenBusy(bookings / 3, smsBefore);
            bookAll(clinic, clients, keys);
            crashes.get();
            system.sms.answerAfter(Duration.ZERO);
            restart(system.bookingService, system.notificationService);
            retryFailed(clinic, clients, keys);
        }
        finally {
            system.sms.answerAfter(Duration.ZERO);
        }

        assertThat(acknowledged).as("every client was told, in the end, that their session is booked").hasSize(bookings);
        Set<String> sessions = new HashSet<>(acknowledged.values());
        assertThat(sessionsOf(clinic)).as("the bookings that exist are exactly those the clients were told about")
                .isEqualTo(sessions);
        await().atMost(WITHIN).until(() -> system.keysOn(Topics.BOOKING_SESSIONS).containsAll(sessions));
        Set<String> recipients = new HashSet<>();
        bySms.forEach(client -> recipients.add(Clients.phoneOf(client)));
        byEmail.forEach(client -> recipients.add(Clients.emailOf(client)));
        await().atMost(WITHIN).until(() -> arrived().containsAll(recipients));
        Faults.awaitNoMoreThan(recipients.size(), () -> arrived().stream().filter(recipients::contains).count());

        ScenarioOutcome outcome = ScenarioOutcome.counting(SCENARIO, bookings + " bookings by " + CONCURRENT_CLIENTS
                + " clients at once (" + sawFailure.size() + " saw their request fail and retried)",
                "kill -9 booking-service after " + bookings / 3 + " bookings, kill -9 notification-service with SMS in flight",
                recipients, arrived());
        ReliabilityReport.record(outcome);
        assertThat(outcome.lost()).as("confirmations lost").isZero();
        assertThat(outcome.doubled()).as("confirmations sent twice").isZero();
    }

    /** Kills booking-service once enough bookings are acknowledged, notification-service once the first SMS is taken. */
    private Future<?> crashBothWhenBusy(int acknowledgedBeforeCrash, int smsBefore) {
        ExecutorService watcher = Executors.newSingleThreadExecutor();
        Future<?> crashes = watcher.submit(() -> {
            await().atMost(WITHIN).pollInterval(Duration.ofMillis(10)).until(() -> acknowledged.size() >= acknowledgedBeforeCrash);
            system.bookingService.kill();
            await().atMost(WITHIN).pollInterval(Duration.ofMillis(10)).until(() -> system.sms.memory().received().size() > smsBefore);
            system.notificationService.kill();
        });
        watcher.shutdown();
        return crashes;
    }

    private void bookAll(OpenClinic clinic, List<UUID> clients, Map<UUID, String> keys) throws Exception {
        try (ExecutorService callers = Executors.newFixedThreadPool(CONCURRENT_CLIENTS)) {
            List<Future<?>> answers = new ArrayList<>();
            for (int n = 0; n < clients.size(); n++) {
                int slot = n;
                answers.add(callers.submit(() -> {
                    UUID client = clients.get(slot);
                    if (!book(clinic, client, slot, keys.get(client))) {
                        sawFailure.add(client);
                    }
                }));
            }
            for (Future<?> answer : answers) {
                answer.get();
            }
        }
    }

    /** True when the client got a definite answer (201); false when the request failed on the way. */
    private boolean book(OpenClinic clinic, UUID client, int slot, String key) {
        try {
            HttpResponseBody session = system.booking(client).postWithKey("/sessions",
                    clinic.booking(client, clinic.slot(slot)), key);
            assertThat(session.status()).as(session.json().toString()).isEqualTo(201);
            acknowledged.put(client, session.text("id"));
            return true;
        }
        catch (UncheckedIOException connectionLost) {
            return false;
        }
    }

    private void retryFailed(OpenClinic clinic, List<UUID> clients, Map<UUID, String> keys) {
        for (int n = 0; n < clients.size(); n++) {
            UUID client = clients.get(n);
            int slot = n;
            if (!acknowledged.containsKey(client)) {
                await().atMost(WITHIN).until(() -> book(clinic, client, slot, keys.get(client)));
            }
        }
    }

    private void restart(com.clinicnet.launcher.ServiceProcess... services) {
        for (com.clinicnet.launcher.ServiceProcess service : services) {
            service.start();
        }
        for (com.clinicnet.launcher.ServiceProcess service : services) {
            service.awaitReady(ClinicNetUnderFire.READY_WITHIN);
        }
    }

    private Set<String> sessionsOf(OpenClinic clinic) {
        return new HashSet<>(system.sessionIds(clinic.id()));
    }

    /** Each client's confirmations: SMS by phone number per request, email by recipient per Message-ID. */
    private List<String> arrived() {
        List<String> arrived = new ArrayList<>(system.smsRecipients());
        arrived.addAll(system.emailRecipientsByMessageId());
        return arrived;
    }
}
