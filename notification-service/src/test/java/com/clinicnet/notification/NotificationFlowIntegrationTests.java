package com.clinicnet.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.clinicnet.events.ClientContactUpdatedV1;
import com.clinicnet.events.ClientContactUpdatedV2;
import com.clinicnet.events.ClientErasedV1;
import com.clinicnet.events.SessionBookedV1;
import com.clinicnet.events.Topics;
import com.clinicnet.events.ErasedClient;
import com.clinicnet.platform.messaging.CloudEventHeaders;
import com.clinicnet.testsupport.HttpResponseBody;
import com.clinicnet.testsupport.PrometheusText;
import com.clinicnet.testsupport.PublishedEvents;
import com.clinicnet.testsupport.ServiceClient;
import com.clinicnet.testsupport.TestIdentityProvider;
import com.clinicnet.testsupport.ServiceIntegrationTest;
import com.clinicnet.testsupport.TopicRecords;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

/** Booking's events arrive over Kafka; the confirmation must reach a real SMTP server once. */
@ServiceIntegrationTest
class NotificationFlowIntegrationTests {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final String BOOKING_SERVICE = "/clinicnet/booking-service";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailGoesToTheTestSmtpServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Test
    void a_booked_session_is_confirmed_by_email_in_the_clinic_time_and_reported_on_notification_outcomes()
            throws Exception {
        UUID clientId = UUID.randomUUID();
        String email = clientId + "@example.org";
        publishContact(clientId, email);
        SessionBookedV1 booked = sessionBooked(clientId, Instant.parse("2027-01-15T17:30:00Z"), "Europe/Lisbon");

        PublishedEvents.publish(brokers, booked, BOOKING_SERVICE);

        MimeMessage confirmation = awaitEmails(email, 1).getFirst();
        assertThat(confirmation.getSubject()).isEqualTo("Your ClinicNet session on Friday 15 January 2027 at 17:30 (Europe/Lisbon time) is booked");
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) confirmation.getContent();
        assertThat(String.valueOf(parts.getBodyPart(0).getContent())).as("the text").contains("Europe/Lisbon");
        assertThat(parts.getBodyPart(1).getContentType()).as("the calendar invite").startsWith("text/calendar")
                .contains("method=REQUEST");
        ConsumerRecord<String, String> sent = TopicRecords.awaitMatching(brokers, Topics.NOTIFICATION_OUTCOMES,
                r -> r.value().contains(booked.sessionId().toString()), WITHIN).getFirst();
        assertThat(TopicRecords.header(sent, CloudEventHeaders.TYPE)).contains("clinicnet.notification.NotificationSent.v1");
        assertThat(sent.value()).contains("\"kind\":\"CONFIRMATION\"").doesNotContain(email);
        assertThat(jdbc.sql("SELECT state FROM notification WHERE session_id = :id AND kind = 'CONFIRMATION'").param("id", booked.sessionId())
                .query(String.class).single()).isEqualTo("SENT");
    }

    @Test
    void a_sent_confirmation_is_counted_for_its_clinic_and_its_delay_from_due_to_sent_is_timed() {
        UUID clientId = UUID.randomUUID();
        String email = clientId + "@example.org";
        publishContact(clientId, email);
        SessionBookedV1 booked = sessionBooked(clientId, Instant.parse("2027-01-15T18:30:00Z"), "Europe/Lisbon");

        PublishedEvents.publish(brokers, booked, BOOKING_SERVICE);
        awaitEmails(email, 1);

        String metrics = ServiceClient.onPort(port).as(TestIdentityProvider.shared().ops()).getText("/actuator/prometheus");
        assertThat(metrics).contains("clinicnet_notifications_total{application=\"notification-service\",channel=\"email\",clinic=\"" + booked.clinicId()
                + "\",kind=\"confirmation\",outcome=\"sent\"} 1.0");
        assertThat(metrics).contains("clinicnet_notification_delay_seconds_count{application=\"notification-service\",channel=\"email\",kind=\"confirmation\"}")
                .contains("clinicnet_notification_delay_seconds_bucket{application=\"notification-service\",channel=\"email\",kind=\"confirmation\",le=");
        assertThat(metrics).doesNotContain(clientId.toString());
    }

    @Test
    void a_session_booked_event_delivered_twice_is_confirmed_once() {
        UUID clientId = UUID.randomUUID();
        String email = clientId + "@example.org";
        publishContact(clientId, email);
        SessionBookedV1 booked = sessionBooked(clientId, Instant.parse("2027-01-16T09:00:00Z"), "Europe/Lisbon");

        PublishedEvents.publish(brokers, booked, BOOKING_SERVICE);
        PublishedEvents.publish(brokers, booked, BOOKING_SERVICE);

        awaitEmails(email, 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> emailsTo(email).size() == 1);
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE session_id = :id AND kind = 'CONFIRMATION'").param("id", booked.sessionId())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void a_poison_session_record_goes_to_the_dead_letter_topic_is_counted_for_its_topic_and_the_next_booking_is_still_confirmed() {
        UUID clientId = UUID.randomUUID();
        String email = clientId + "@example.org";
        publishContact(clientId, email);
        SessionBookedV1 booked = sessionBooked(clientId, Instant.parse("2027-01-19T09:00:00Z"), "Europe/Lisbon");
        String sameKey = booked.sessionId().toString();
        double deadLettersBefore = PrometheusText.valueOf(metrics(), deadLettersOf(Topics.BOOKING_SESSIONS));

        PublishedEvents.publishRaw(brokers, Topics.BOOKING_SESSIONS, sameKey, "{not json".getBytes(StandardCharsets.UTF_8),
                Map.of(CloudEventHeaders.TYPE, "clinicnet.booking.SessionBooked.v1"));
        PublishedEvents.publish(brokers, booked, BOOKING_SERVICE);

        TopicRecords.awaitMatching(brokers, Topics.deadLetterOf(Topics.BOOKING_SESSIONS), r -> sameKey.equals(r.key()),
                WITHIN);
        assertThat(awaitEmails(email, 1)).hasSize(1);
        assertThat(PrometheusText.valueOf(metrics(), deadLettersOf(Topics.BOOKING_SESSIONS))).isEqualTo(deadLettersBefore + 1);
    }

    @Test
    void a_poison_session_record_as_large_as_the_topic_takes_still_reaches_the_dead_letter_topic_and_is_counted() {
        UUID clientId = UUID.randomUUID();
        String email = clientId + "@example.org";
        publishContact(clientId, email);
        SessionBookedV1 booked = sessionBooked(clientId, Instant.parse("2027-01-20T09:00:00Z"), "Europe/Lisbon");
        String sameKey = booked.sessionId().toString();
        double deadLettersBefore = PrometheusText.valueOf(metrics(), deadLettersOf(Topics.BOOKING_SESSIONS));
        // nearly the broker's default limit (message.max.bytes, ~1 MB); the dead letter adds the stack trace to it
        byte[] oneMegabyte = ("{\"padding\":\"" + "x".repeat(1024 * 1024 - 2048) + "\"}").getBytes(StandardCharsets.UTF_8);

        PublishedEvents.publishRaw(brokers, Topics.BOOKING_SESSIONS, sameKey, oneMegabyte,
                Map.of(CloudEventHeaders.TYPE, "clinicnet.booking.SessionBooked.v1"));
        PublishedEvents.publish(brokers, booked, BOOKING_SERVICE);

        ConsumerRecord<String, String> deadLetter = TopicRecords.awaitMatching(brokers,
                Topics.deadLetterOf(Topics.BOOKING_SESSIONS), r -> sameKey.equals(r.key()), WITHIN).getFirst();
        assertThat(deadLetter.value()).hasSize(oneMegabyte.length);
        assertThat(awaitEmails(email, 1)).hasSize(1);
        assertThat(PrometheusText.valueOf(metrics(), deadLettersOf(Topics.BOOKING_SESSIONS))).isEqualTo(deadLettersBefore + 1);
    }

    @Test
    void every_consumed_topic_has_a_dead_letter_count_from_startup_so_an_alert_has_a_series() {
        String metrics = metrics();

        assertThat(List.of(Topics.CLIENT_CONTACTS, Topics.BOOKING_SESSIONS, Topics.BOOKING_PLANS, Topics.CLINIC_DIRECTORY,
                Topics.THERAPIST_PROFILES)).allSatisfy(topic -> assertThat(metrics).contains(deadLettersOf(topic) + " "));
        assertThat(metrics).doesNotContain(deadLettersOf(Topics.NOTIFICATION_OUTCOMES));
    }

    private static String deadLettersOf(String topic) {
        return "clinicnet_dead_letters_total{application=\"notification-service\",topic=\"" + topic + "\"}";
    }

    private String metrics() {
        return ServiceClient.onPort(port).as(TestIdentityProvider.shared().ops()).getText("/actuator/prometheus");
    }

    @Test
    void a_confirmation_waits_for_a_contact_that_arrives_after_the_session_event() {
        UUID clientId = UUID.randomUUID();
        String email = clientId + "@example.org";
        SessionBookedV1 booked = sessionBooked(clientId, Instant.parse("2027-01-17T11:00:00Z"), "Europe/Lisbon");
        PublishedEvents.publish(brokers, booked, BOOKING_SERVICE);
        await().atMost(WITHIN).until(() -> jdbc.sql("SELECT count(*) FROM notification WHERE session_id = :id AND kind = 'CONFIRMATION'")
                .param("id", booked.sessionId()).query(Integer.class).single() == 1);

        publishContact(clientId, email);

        assertThat(awaitEmails(email, 1)).hasSize(1);
    }

    @Test
    void an_erased_client_is_forgotten_and_nothing_more_is_sent_to_them() {
        UUID clientId = UUID.randomUUID();
        SessionBookedV1 booked = sessionBooked(clientId, Instant.parse("2027-01-18T11:00:00Z"), "Europe/Lisbon");
        PublishedEvents.publish(brokers, booked, BOOKING_SERVICE);
        await().atMost(WITHIN).until(() -> state(booked.sessionId()).equals("PENDING"));

        PublishedEvents.publish(brokers, new ClientErasedV1(UUID.randomUUID(), clock.instant(), clientId), BOOKING_SERVICE);

        await().atMost(WITHIN).until(() -> state(booked.sessionId()).equals("CANCELLED"));
        assertThat(jdbc.sql("SELECT count(*) FROM contact WHERE client_id = :id").param("id", clientId)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void an_erased_client_leaves_no_trace_in_any_table_and_their_notifications_stay_without_naming_them() {
        UUID clientId = UUID.randomUUID();
        String name = "Erin Tombstone-" + clientId.toString().substring(0, 8);
        String email = clientId + "@example.org";
        String phone = "+3519" + Math.floorMod(clientId.getLeastSignificantBits(), 100_000_000L);
        PublishedEvents.publish(brokers, new ClientContactUpdatedV2(UUID.randomUUID(), clock.instant(), clientId, name,
                email, phone, "Europe/Lisbon", "en", "EMAIL", null, null, false, 1), BOOKING_SERVICE);
        SessionBookedV1 booked = sessionBooked(clientId, clock.instant().plus(Duration.ofDays(5)), "Europe/Lisbon");
        PublishedEvents.publish(brokers, booked, BOOKING_SERVICE);
        awaitEmails(email, 1);
        List<String> personal = List.of(clientId.toString(), name, email, phone);
        await().atMost(WITHIN).until(() -> tablesHoldingAnyOf(personal), held -> held.containsAll(List.of("contact", "notification")));

        PublishedEvents.publish(brokers, new ClientErasedV1(UUID.randomUUID(), clock.instant(), clientId), BOOKING_SERVICE);

        await().atMost(WITHIN).until(() -> tablesHoldingAnyOf(personal), List::isEmpty);
        assertThat(jdbc.sql("""
                        SELECT kind || ' ' || state || ' ' || client_id || ' ' || coalesce(reason, '-') || ' '
                               || coalesce(trace_parent, '-')
                        FROM notification WHERE session_id = :session ORDER BY kind, due_at
                        """)
                .param("session", booked.sessionId()).query(String.class).list())
                .containsExactly("CONFIRMATION SENT " + ErasedClient.ID + " - -",
                        "REMINDER CANCELLED " + ErasedClient.ID + " - -",
                        "REMINDER CANCELLED " + ErasedClient.ID + " - -");
    }

    /** The tables of this service any of whose rows, read as text, contains any of the values. */
    private List<String> tablesHoldingAnyOf(List<String> values) {
        String[] patterns = values.stream().map(value -> "%" + value + "%").toArray(String[]::new);
        return jdbc.sql("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                        ORDER BY table_name
                        """)
                .query(String.class).list().stream()
                .filter(table -> jdbc.sql("SELECT EXISTS (SELECT 1 FROM \"" + table + "\" AS r WHERE r::text ILIKE ANY (CAST(:patterns AS text[])))")
                        .param("patterns", patterns).query(Boolean.class).single())
                .toList();
    }

    private String state(UUID sessionId) {
        return jdbc.sql("SELECT coalesce(max(state), 'NONE') FROM notification WHERE session_id = :id AND kind = 'CONFIRMATION'").param("id", sessionId)
                .query(String.class).single();
    }

    @Test
    void the_delivery_log_shows_what_was_sent_to_a_client_without_the_message() {
        UUID clientId = UUID.randomUUID();
        String email = clientId + "@example.org";
        publishContact(clientId, email);
        PublishedEvents.publish(brokers, sessionBooked(clientId, Instant.parse("2027-02-01T10:00:00Z"), "Europe/Lisbon"),
                BOOKING_SERVICE);
        awaitEmails(email, 1);

        HttpResponseBody log = ServiceClient.onPort(port).as(TestIdentityProvider.shared().ops())
                .get("/notifications?clientId=" + clientId + "&state=SENT");

        assertThat(log.json()).hasSize(1);
        assertThat(log.json().get(0).path("kind").asString()).isEqualTo("CONFIRMATION");
        assertThat(log.json().toString()).doesNotContain(email).doesNotContain("Hello");
    }

    @Test
    void metrics_need_an_ops_token() {
        ServiceClient anonymous = ServiceClient.onPort(port);
        assertThat(anonymous.get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(anonymous.as(TestIdentityProvider.shared().client(UUID.randomUUID())).get("/actuator/prometheus")
                .status()).isEqualTo(403);
        assertThat(anonymous.as(TestIdentityProvider.shared().ops()).getText("/actuator/prometheus"))
                .contains("jvm_memory_used_bytes");
        assertThat(anonymous.as(TestIdentityProvider.shared().admin()).get("/actuator/env").status()).isEqualTo(403);
    }

    private void publishContact(UUID clientId, String email) {
        PublishedEvents.publish(brokers, new ClientContactUpdatedV1(UUID.randomUUID(), clock.instant(), clientId,
                "Maria Costa", email, null, "Europe/Lisbon", "en", "EMAIL", 1), BOOKING_SERVICE);
    }

    private SessionBookedV1 sessionBooked(UUID clientId, Instant start, String zone) {
        return new SessionBookedV1(UUID.randomUUID(), clock.instant(), UUID.randomUUID(), clientId,
                UUID.randomUUID(), UUID.randomUUID(), 1, start, start.plus(Duration.ofHours(1)), zone, 60, 1);
    }

    private List<MimeMessage> awaitEmails(String to, int count) {
        return await().atMost(WITHIN).until(() -> emailsTo(to), emails -> emails.size() >= count);
    }

    private static List<MimeMessage> emailsTo(String to) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(address -> address.toString().equals(to));
            }
            catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
