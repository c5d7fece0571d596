package com.clinicnet.reliability.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicnet.reliability.ClinicNetUnderFire;
import com.clinicnet.reliability.Faults;
import com.clinicnet.reliability.ReliabilityReport;
import com.clinicnet.reliability.Scale;
import com.clinicnet.reliability.ScenarioOutcome;
import com.clinicnet.events.ClientContactUpdatedV2;
import com.clinicnet.events.SessionBookedV1;
import com.clinicnet.launcher.ServiceProcess;
import com.clinicnet.testsupport.PublishedEvents;

/**
 * Scenario 4: a burst of reminders falls due at the same moment while a second notification-service instance joins
 * (Kafka moves partitions to it; both dispatch from the one schedule) and is stopped again mid-burst (its sends in
 * flight are interrupted and left in doubt). Every confirmation and every reminder reaches the SMS provider exactly
 * once, counted by reference (the notification id) at the provider.
 */
class RebalanceTests {

    private static final String SCENARIO = "4. rebalance during a reminder burst";
    private static final String BOOKING = "/clinicnet/booking-service";
    private static final Duration REMINDER_BEFORE = Duration.ofHours(24);
    private static final Duration PROVIDER_TAKES = Duration.ofMillis(40);
    private static final Duration WITHIN = Duration.ofMinutes(5);

    private final ClinicNetUnderFire system = ClinicNetUnderFire.get();
    private final Scale scale = Scale.current();

    @Test
    void a_second_instance_joining_and_leaving_mid_burst_sends_each_reminder_exactly_once() {
        int reminders = scale.of(300, 2_000);
        int clients = scale.of(100, 400);
        List<UUID> smsClients = contacts(clients);
        ServiceProcess second = system.anotherNotificationService("second");
        system.sms.answerAfter(PROVIDER_TAKES);
        Set<String> expected;
        try {
            Instant dueAt = Instant.now().plus(scale.of(Duration.ofSeconds(20), Duration.ofSeconds(60)));
            List<String> sessions = bookSessionsWithRemindersDueAt(dueAt, smsClients, reminders);
            expected = await().atMost(WITHIN).until(() -> notificationsOf(sessions), planned -> planned.size() == 2 * reminders);
            Faults.holdUntil(dueAt);
            int before = system.sms.memory().received().size();
            await().atMost(WITHIN).pollInterval(Duration.ofMillis(50))
                    .until(() -> system.sms.memory().received().size() - before >= reminders / 3);
            second.stop();
            await().atMost(WITHIN).until(() -> system.sms.memory().received().containsAll(expected));
            Faults.awaitNoMoreThan(expected.size(), () -> system.sms.memory().received().stream()
                    .filter(expected::contains).count());
        }
        finally {
            second.stop();
            system.sms.answerAfter(Duration.ZERO);
        }

        assertThat(system.column(system.notificationService,
                "SELECT DISTINCT sent_by FROM notification WHERE id = ANY(?::uuid[])", (Object) expected.toArray(String[]::new)))
                .as("both instances sent part of the burst").hasSizeGreaterThanOrEqualTo(2);
        ScenarioOutcome outcome = ScenarioOutcome.counting(SCENARIO, reminders + " reminders due at once and "
                + reminders + " confirmations, " + clients + " clients by SMS",
                "second notification-service started before, stopped (SIGTERM) a third into the burst", expected,
                system.sms.memory().received());
        ReliabilityReport.record(outcome);
        assertThat(outcome.lost()).as("messages lost").isZero();
        assertThat(outcome.doubled()).as("messages sent twice").isZero();
    }

    /** Contacts as booking-service publishes them: clients who prefer SMS. */
    private List<UUID> contacts(int count) {
        List<ClientContactUpdatedV2> contacts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID client = UUID.randomUUID();
            contacts.add(new ClientContactUpdatedV2(UUID.randomUUID(), Instant.now(), client, "Client " + i, null,
                    "+35192" + String.format("%07d", i) + "", "Europe/Lisbon", "en", "SMS", null, null, false, 1));
        }
        PublishedEvents.publishAll(system.kafka.bootstrapServers(), contacts, BOOKING);
        List<UUID> ids = contacts.stream().map(ClientContactUpdatedV2::clientId).toList();
        await().atMost(WITHIN).until(() -> ids.stream().allMatch(client -> system.count(system.notificationService,
                "SELECT count(*) FROM contact WHERE client_id = ?", client) == 1));
        return ids;
    }

    /** Sessions (as booking-service publishes them) that all start a day after {@code dueAt}: their reminders fall due together. */
    private List<String> bookSessionsWithRemindersDueAt(Instant dueAt, List<UUID> clients, int count) {
        Instant startsAt = dueAt.plus(REMINDER_BEFORE);
        List<SessionBookedV1> booked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            booked.add(new SessionBookedV1(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
                    clients.get(i % clients.size()), UUID.randomUUID(), UUID.randomUUID(), 1, startsAt,
                    startsAt.plus(Duration.ofHours(1)), "Europe/Lisbon", 60, 1));
        }
        PublishedEvents.publishAll(system.kafka.bootstrapServers(), booked, BOOKING);
        return booked.stream().map(session -> session.sessionId().toString()).toList();
    }

    /** The confirmation and the day-before reminder planned for each session. */
    private Set<String> notificationsOf(List<String> sessions) {
        return new HashSet<>(system.column(system.notificationService, """
                SELECT id FROM notification
                WHERE session_id = ANY(?::uuid[]) AND (kind = 'CONFIRMATION' OR (kind = 'REMINDER' AND offset_minutes = ?))
                """, (Object) sessions.toArray(String[]::new), (int) REMINDER_BEFORE.toMinutes()));
    }
}
