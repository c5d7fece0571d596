package com.clinicnet.system;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.clinicnet.events.ClientContactUpdatedV2;
import com.clinicnet.events.SessionBookedV1;
import com.clinicnet.launcher.ServiceProcess;
import com.clinicnet.testsupport.PublishedEvents;
import com.clinicnet.testsupport.RealInfrastructure;
import com.clinicnet.testsupport.RememberingSmsProvider;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * notification-service is killed (SIGKILL) while it waits for the SMS provider to answer, and started again on the
 * same database: every SMS client gets exactly one message, counted at the provider (a send in flight is found
 * there and recorded as sent, not sent again), and every email client exactly one Message-ID at the SMTP server.
 */
class NotificationCrashEndToEndTests {

    private static final int CLIENTS_PER_CHANNEL = 6;
    private static final int PROVIDER_ANSWERS_AFTER_MS = 1_000;
    private static final String BOOKING = "/clinicnet/booking-service";
    private static final Duration WITHIN = Duration.ofMinutes(3);

    static RealInfrastructure infrastructure;
    static GreenMail smtp;
    static RememberingSmsProvider memory = new RememberingSmsProvider();
    static WireMockServer provider;
    static List<String> settings;
    static ServiceProcess crashing;
    static ServiceProcess restarted;

    @BeforeAll
    static void a_slow_sms_provider_a_mail_server_and_one_notification_service() {
        infrastructure = RealInfrastructure.shared();
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        provider = new WireMockServer(options().dynamicPort().extensions(memory));
        provider.start();
        provider.stubFor(post(urlEqualTo("/sms")).willReturn(aResponse().withStatus(202)
                .withFixedDelay(PROVIDER_ANSWERS_AFTER_MS)));
        provider.stubFor(get(urlPathMatching("/sms/.*")).willReturn(aResponse().withStatus(404)));
        settings = List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--clinicnet.notifications.sms.url=" + provider.baseUrl() + "/sms",
                "--clinicnet.notifications.reminder-offsets=PT1H",
                // short claims and calls, so the sends left in doubt by the crash are taken up again soon
                "--clinicnet.notifications.claim-for=PT15S",
                "--clinicnet.notifications.channels.sms.timeout=PT2S",
                "--clinicnet.notifications.channels.sms.attempts=2",
                "--clinicnet.notifications.channels.sms.wait-for-permit=PT1S",
                "--clinicnet.notifications.channels.email.timeout=PT2S",
                "--clinicnet.notifications.channels.email.attempts=2",
                "--clinicnet.notifications.channels.email.wait-for-permit=PT1S");
        crashing = RunningClinicNet.anotherInstance("notification-service", "crashing", infrastructure, settings)
                .start();
        crashing.awaitReady(WITHIN);
    }

    @AfterAll
    static void stop_everything() {
        for (ServiceProcess instance : new ServiceProcess[] { crashing, restarted }) {
            if (instance != null) {
                instance.stop();
            }
        }
        if (provider != null) {
            provider.stop();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void killed_in_the_middle_of_sending_and_restarted_it_sends_each_message_exactly_once() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<UUID> smsClients = new ArrayList<>();
        List<UUID> emailClients = new ArrayList<>();
        for (int c = 0; c < CLIENTS_PER_CHANNEL; c++) {
            smsClients.add(client(run, c, "SMS"));
            emailClients.add(client(run, c, "EMAIL"));
        }
        for (int c = 0; c < CLIENTS_PER_CHANNEL; c++) {
            book(smsClients.get(c), c);
            book(emailClients.get(c), c);
        }

        // sends to different clients go out side by side, so when the provider has taken the first SMS the
        // instance is waiting a second for the answers to all it has in flight: kill it then
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(10)).until(() -> !memory.received().isEmpty());
        crashing.kill();
        String inFlight = memory.received().getLast();
        restarted = RunningClinicNet.anotherInstance("notification-service", "restarted", infrastructure, settings)
                .start();
        restarted.awaitReady(WITHIN);

        List<UUID> everyone = new ArrayList<>(smsClients);
        everyone.addAll(emailClients);
        await().atMost(WITHIN).pollInterval(Duration.ofSeconds(1))
                .until(() -> sentConfirmations(everyone).size() == everyone.size());
        await().atMost(Duration.ofSeconds(20)).until(() -> emailsPerClient(run).size() == CLIENTS_PER_CHANNEL);

        Map<UUID, String> sent = sentConfirmations(everyone);
        Map<String, Long> smsReceived = memory.received().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        for (UUID client : smsClients) {
            assertThat(smsReceived.get(sent.get(client))).as("SMS confirmations the provider got for one client")
                    .isEqualTo(1);
        }
        // SMTP cannot be asked whether it took a message, so an email in flight at the crash is sent again, with
        // the same Message-ID: the client's mail provider shows it once. Every client has exactly one message id.
        assertThat(messageIdsPerClient(run)).hasSize(CLIENTS_PER_CHANNEL).allSatisfy((to, ids) -> assertThat(ids)
                .as("distinct confirmations to " + to).hasSize(1));
        assertThat(attemptsOf(UUID.fromString(inFlight))).as("the send in flight at the crash was not repeated")
                .isEqualTo(1);
    }

    private static UUID client(String run, int number, String channel) {
        UUID client = UUID.randomUUID();
        String email = channel.equals("EMAIL") ? "crash-" + run + "-" + number + "@example.org" : null;
        String phone = channel.equals("SMS") ? "+35191" + String.format("%07d", number) : null;
        PublishedEvents.publish(infrastructure.kafkaBootstrapServers(), new ClientContactUpdatedV2(UUID.randomUUID(),
                Instant.now(), client, "Client " + number, email, phone, "Europe/Lisbon", "en", channel, null, null,
                true, 1), BOOKING);
        return client;
    }

    private static void book(UUID client, int day) {
        Instant start = Instant.now().plus(Duration.ofDays(3 + day));
        PublishedEvents.publish(infrastructure.kafkaBootstrapServers(), new SessionBookedV1(UUID.randomUUID(),
                Instant.now(), UUID.randomUUID(), client, UUID.randomUUID(), UUID.randomUUID(), 1, start,
                start.plus(Duration.ofHours(1)), "Europe/Lisbon", 60, 1), BOOKING);
    }

    private static Map<String, Long> emailsPerClient(String run) {
        return Arrays.stream(smtp.getReceivedMessages()).map(NotificationCrashEndToEndTests::recipientOf)
                .filter(to -> to.contains("crash-" + run))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static Map<String, java.util.Set<String>> messageIdsPerClient(String run) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> recipientOf(message).contains("crash-" + run))
                .collect(Collectors.groupingBy(NotificationCrashEndToEndTests::recipientOf,
                        Collectors.mapping(NotificationCrashEndToEndTests::messageIdOf, Collectors.toSet())));
    }

    private static String messageIdOf(MimeMessage message) {
        try {
            return message.getMessageID();
        }
        catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipientOf(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients());
        }
        catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Client → id of their confirmation, for the confirmations recorded as SENT. */
    private static Map<UUID, String> sentConfirmations(List<UUID> clients) throws Exception {
        Map<UUID, String> sent = new HashMap<>();
        try (Connection db = database(); PreparedStatement query = db.prepareStatement("""
                SELECT client_id, id FROM notification
                WHERE kind = 'CONFIRMATION' AND state = 'SENT' AND client_id = ANY(?)
                """)) {
            query.setArray(1, db.createArrayOf("uuid", clients.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    sent.put(rows.getObject(1, UUID.class), rows.getString(2));
                }
            }
        }
        return sent;
    }

    private static int attemptsOf(UUID notification) throws Exception {
        try (Connection db = database();
                PreparedStatement query = db.prepareStatement("SELECT attempts FROM notification WHERE id = ?")) {
            query.setObject(1, notification);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static Connection database() throws Exception {
        return DriverManager.getConnection(infrastructure.jdbcUrl("e2e_notification_service"),
                infrastructure.username(), infrastructure.password());
    }
}
