package com.clinicnet.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.clinicnet.events.ClientContactUpdatedV2;
import com.clinicnet.events.SessionBookedV1;
import com.clinicnet.testsupport.PublishedEvents;
import com.clinicnet.testsupport.ServiceIntegrationTest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A confirmation goes out as soon as its booking's event is planned, not at the dispatcher's next poll: here the
 * poll is a minute apart, and the confirmation still arrives within seconds.
 */
@ServiceIntegrationTest
class ConfirmationWithoutWaitingForThePollTests {

    private static final Duration POLL_EVERY = Duration.ofMinutes(1);
    private static final Duration WELL_BEFORE_THE_POLL = Duration.ofSeconds(20);
    private static final String BOOKING = "/clinicnet/booking-service";
    private static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void aPollOnlyEveryMinute(DynamicPropertyRegistry properties) {
        SMTP.start();
        properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        properties.add("clinicnet.notifications.poll-every", POLL_EVERY::toString);
    }

    @AfterAll
    static void stopTheMailServer() {
        SMTP.stop();
    }

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_booking_is_confirmed_within_seconds_though_the_next_poll_is_a_minute_away() throws Exception {
        // given a client whose contact is known, and a dispatcher that has already looked and found nothing due
        UUID client = UUID.randomUUID();
        PublishedEvents.publish(brokers, new ClientContactUpdatedV2(UUID.randomUUID(), clock.instant(), client, "Maria",
                client + "@example.org", null, "Europe/Lisbon", "en", "EMAIL", null, null, true, 1), BOOKING);
        await().atMost(WELL_BEFORE_THE_POLL).until(() -> jdbc.sql("SELECT count(*) FROM contact WHERE client_id = :c")
                .param("c", client).query(Integer.class).single() == 1);

        // when the client books a session
        Instant start = clock.instant().plus(Duration.ofDays(3));
        Instant booked = Instant.now();
        PublishedEvents.publish(brokers, new SessionBookedV1(UUID.randomUUID(), clock.instant(), UUID.randomUUID(),
                client, UUID.randomUUID(), UUID.randomUUID(), 1, start, start.plus(Duration.ofHours(1)), "Europe/Lisbon",
                60, 1), BOOKING);

        // then the confirmation reaches the mail server long before the poll would have sent it
        await().atMost(WELL_BEFORE_THE_POLL).until(() -> SMTP.getReceivedMessages().length == 1);
        assertThat(Duration.between(booked, Instant.now())).isLessThan(WELL_BEFORE_THE_POLL);
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
