package com.clinicnet.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.clinicnet.events.ClientContactUpdatedV2;
import com.clinicnet.events.SessionBookedV1;
import com.clinicnet.testsupport.PublishedEvents;
import com.clinicnet.testsupport.ServiceClient;
import com.clinicnet.testsupport.ServiceIntegrationTest;
import com.clinicnet.testsupport.TestIdentityProvider;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;

/** The mail server goes away: messages wait, the circuit opens, and when the server is back each goes out once. */
@ServiceIntegrationTest
class EmailOutageTests {

    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final String BOOKING = "/clinicnet/booking-service";
    private static final int SMTP_PORT = freePort();
    private static GreenMail smtp;

    @DynamicPropertySource
    static void mailGoesToAServerThatIsDownForNow(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.port", () -> SMTP_PORT);
        properties.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> 500);
    }

    @AfterAll
    static void stopTheMailServer() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void confirmations_wait_out_a_mail_server_outage_with_the_circuit_open_and_then_go_out_once_each() throws Exception {
        UUID client = UUID.randomUUID();
        String email = client + "@example.org";
        PublishedEvents.publish(brokers, new ClientContactUpdatedV2(UUID.randomUUID(), clock.instant(), client, "Maria",
                email, null, "Europe/Lisbon", "en", "EMAIL", null, null, true, 1), BOOKING);
        for (int i = 0; i < 3; i++) {
            Instant start = clock.instant().plus(Duration.ofDays(3 + i));
            PublishedEvents.publish(brokers, new SessionBookedV1(UUID.randomUUID(), clock.instant(), UUID.randomUUID(), client,
                    UUID.randomUUID(), UUID.randomUUID(), 1, start, start.plus(Duration.ofHours(1)), "Europe/Lisbon", 60, 1), BOOKING);
        }

        await().atMost(WITHIN).until(() -> metrics().contains("resilience4j_circuitbreaker_state{application=\"notification-service\",name=\"email\",state=\"open\"} 1.0"));
        await().atMost(WITHIN).until(() -> jdbc.sql("SELECT count(*) FROM notification WHERE client_id = :c AND kind = 'CONFIRMATION' AND state = 'PENDING' AND reason = 'email provider unavailable'")
                .param("c", client).query(Integer.class).single() == 3);

        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();

        await().atMost(WITHIN).until(() -> emailsTo(email) == 3);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> emailsTo(email) == 3);
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE client_id = :c AND kind = 'CONFIRMATION' AND state = 'SENT'")
                .param("c", client).query(Integer.class).single()).isEqualTo(3);
    }

    private String metrics() {
        return ServiceClient.onPort(port).as(TestIdentityProvider.shared().ops()).getText("/actuator/prometheus");
    }

    private static long emailsTo(String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.toString(message.getAllRecipients()).contains(email);
            }
            catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
