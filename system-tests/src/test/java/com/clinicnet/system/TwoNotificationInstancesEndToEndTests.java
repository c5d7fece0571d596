package com.clinicnet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.clinicnet.events.ClientContactUpdatedV2;
import com.clinicnet.events.SessionBookedV1;
import com.clinicnet.launcher.ServiceProcess;
import com.clinicnet.testsupport.PublishedEvents;
import com.clinicnet.testsupport.RealInfrastructure;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * Two notification-service processes in one consumer group on one database: a thousand bookings give exactly a
 * thousand confirmations — none lost, none twice — counted at the SMTP server.
 */
class TwoNotificationInstancesEndToEndTests {

    private static final int BOOKINGS = 1000;
    private static final int CLIENTS = 50;
    private static final String BOOKING = "/clinicnet/booking-service";

    static RealInfrastructure infrastructure;
    static GreenMail smtp;
    static ServiceProcess first;
    static ServiceProcess second;

    @BeforeAll
    static void two_instances_of_notification_service() {
        infrastructure = RealInfrastructure.shared();
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        List<String> mail = List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--clinicnet.notifications.reminder-offsets=PT1H");
        first = RunningClinicNet.anotherInstance("notification-service", "a", infrastructure, mail).start();
        second = RunningClinicNet.anotherInstance("notification-service", "b", infrastructure, mail).start();
        first.awaitReady(Duration.ofMinutes(3));
        second.awaitReady(Duration.ofMinutes(3));
    }

    @AfterAll
    static void stop_them() {
        for (ServiceProcess instance : new ServiceProcess[] { first, second }) {
            if (instance != null) {
                instance.stop();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void a_thousand_bookings_give_a_thousand_confirmations_exactly_once_each() throws Exception {
        String brokers = infrastructure.kafkaBootstrapServers();
        String run = UUID.randomUUID().toString().substring(0, 8);
        UUID[] clients = new UUID[CLIENTS];
        for (int c = 0; c < CLIENTS; c++) {
            clients[c] = UUID.randomUUID();
            PublishedEvents.publish(brokers, new ClientContactUpdatedV2(UUID.randomUUID(), Instant.now(), clients[c],
                    "Client " + c, "client-" + c + "-" + run + "@example.org", null, "Europe/Lisbon", "en", "EMAIL",
                    null, null, true, 1), BOOKING);
        }
        Set<String> sessions = new HashSet<>();
        for (int b = 0; b < BOOKINGS; b++) {
            UUID session = UUID.randomUUID();
            sessions.add(session.toString());
            Instant start = Instant.now().plus(Duration.ofDays(5)).plus(Duration.ofMinutes(b));
            PublishedEvents.publish(brokers, new SessionBookedV1(UUID.randomUUID(), Instant.now(), session,
                    clients[b % CLIENTS], UUID.randomUUID(), UUID.randomUUID(), 1, start, start.plus(Duration.ofHours(1)),
                    "Europe/Lisbon", 60, 1), BOOKING);
        }

        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).until(() -> confirmationsFor(run).size() >= BOOKINGS);
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(20)).until(() -> confirmationsFor(run).size() == BOOKINGS);
        assertThat(new HashSet<>(confirmationsFor(run))).as("one confirmation per session").isEqualTo(sessions);
        assertThat(instancesThatSent(clients)).as("both instances sent part of the confirmations").isEqualTo(2);
    }

    /** The session references in the confirmations this run's clients received. */
    private static List<String> confirmationsFor(String run) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.toString(message.getAllRecipients()).contains(run) && message.getSubject().endsWith("is booked");
                    }
                    catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .map(message -> GreenMailUtil.getBody(message).replaceAll("(?s).*Reference: ([0-9a-f-]{36}).*", "$1"))
                .toList();
    }

    /** How many processes sent this run's confirmations (the database is shared with the other system tests). */
    private static int instancesThatSent(UUID[] clients) throws Exception {
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(infrastructure.jdbcUrl("e2e_notification_service"),
                infrastructure.username(), infrastructure.password());
                java.sql.PreparedStatement query = db.prepareStatement(
                        "SELECT count(DISTINCT sent_by) FROM notification WHERE state = 'SENT' AND client_id = ANY(?)")) {
            query.setArray(1, db.createArrayOf("uuid", clients));
            try (java.sql.ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
