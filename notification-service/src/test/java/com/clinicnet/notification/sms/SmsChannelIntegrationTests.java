package com.clinicnet.notification.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.clinicnet.events.ClientContactUpdatedV2;
import com.clinicnet.events.SessionBookedV1;
import com.clinicnet.events.Topics;
import com.clinicnet.platform.messaging.CloudEventHeaders;
import com.clinicnet.testsupport.DirectoryEvents;
import com.clinicnet.testsupport.PublishedEvents;
import com.clinicnet.testsupport.ServiceClient;
import com.clinicnet.testsupport.ServiceIntegrationTest;
import com.clinicnet.testsupport.TestIdentityProvider;
import com.clinicnet.testsupport.TopicRecords;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

/** Clients who prefer SMS, with WireMock as the SMS provider's HTTP API. */
@ServiceIntegrationTest
class SmsChannelIntegrationTests {

    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final String BOOKING = "/clinicnet/booking-service";
    private static final String API_KEY = "test-provider-key";
    private static final int QUOTA_PER_SECOND = 5;
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration SLOWER_THAN_THE_READ_TIMEOUT = READ_TIMEOUT.multipliedBy(2);
    private static final WireMockServer provider = startedProvider();

    @DynamicPropertySource
    static void smsGoesToTheProvider(DynamicPropertyRegistry properties) {
        properties.add("clinicnet.notifications.sms.url", () -> provider.baseUrl() + "/sms");
        properties.add("clinicnet.notifications.sms.api-key", () -> API_KEY);
        properties.add("clinicnet.notifications.channels.sms.permits-per-period", () -> QUOTA_PER_SECOND);
        properties.add("clinicnet.notifications.claim-for", () -> "PT30S");
        properties.add("clinicnet.notifications.sms.read-timeout", () -> READ_TIMEOUT.toString());
    }

    @AfterAll
    static void stopTheProvider() {
        provider.stop();
    }

    @AfterEach
    void theProviderAnswersAtOnceAgain() {
        provider.resetMappings();
        provider.stubFor(post(urlEqualTo("/sms")).willReturn(aResponse().withStatus(202)));
        provider.stubFor(get(urlEqualTo("/sms/unknown")).willReturn(aResponse().withStatus(404)));
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
    void a_client_who_prefers_sms_gets_the_confirmation_as_a_json_post_with_the_api_key_and_a_reference() {
        UUID clinic = UUID.randomUUID();
        UUID therapist = UUID.randomUUID();
        PublishedEvents.publish(brokers, DirectoryEvents.clinic(clinic, "Lisbon", "Europe/Lisbon", 2, 0, 1),
                "/clinicnet/therapist-service");
        PublishedEvents.publish(brokers, DirectoryEvents.allDayTherapist(therapist, clinic, "SCIATICA", 2, 1),
                "/clinicnet/therapist-service");
        String phone = uniquePhone();
        UUID client = smsClient(phone);
        SessionBookedV1 booked = bookedIn(client, clinic, therapist, Duration.ofHours(5));
        await().atMost(WITHIN).until(() -> jdbc.sql("SELECT count(*) FROM clinic WHERE id = :c").param("c", clinic)
                .query(Integer.class).single() == 1);

        PublishedEvents.publish(brokers, booked, BOOKING);

        ServeEvent sms = await().atMost(WITHIN).until(() -> requestsTo(phone), found -> found.size() == 1).getFirst();
        UUID confirmation = notificationOf(booked.sessionId(), "CONFIRMATION");
        assertThat(sms.getRequest().getHeader("Authorization")).isEqualTo("Bearer " + API_KEY);
        assertThat(sms.getRequest().getHeader("Idempotency-Key")).isEqualTo(confirmation.toString());
        assertThat(sms.getRequest().getBodyAsString())
                .contains("\"reference\":\"" + confirmation + "\"")
                .contains("ClinicNet: your session with Therapist at Clinic Lisbon is booked for");
        ConsumerRecord<String, String> sent = TopicRecords.awaitMatching(brokers, Topics.NOTIFICATION_OUTCOMES,
                r -> r.value().contains(confirmation.toString()), WITHIN).getFirst();
        assertThat(sent.value()).contains("\"channel\":\"SMS\"").doesNotContain(phone);
    }

    @Test
    void an_invalid_number_fails_the_notification_with_the_reason_and_is_never_tried_again() {
        String phone = uniquePhone();
        provider.stubFor(post(urlEqualTo("/sms")).withRequestBody(matchingJsonPath("$.to", equalTo(phone)))
                .atPriority(1).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"invalid_number\",\"detail\":\"" + phone + " is not a number\"}")));
        SessionBookedV1 booked = bookedIn(smsClient(phone), UUID.randomUUID(), UUID.randomUUID(), Duration.ofHours(5));

        PublishedEvents.publish(brokers, booked, BOOKING);

        UUID confirmation = await().atMost(WITHIN).until(() -> notificationOf(booked.sessionId(), "CONFIRMATION"),
                id -> id != null && "FAILED".equals(stateOf(id)));
        assertThat(jdbc.sql("SELECT reason FROM notification WHERE id = :id").param("id", confirmation)
                .query(String.class).single()).isEqualTo("SMS provider refused the message: HTTP 400 invalid_number");
        ConsumerRecord<String, String> failed = TopicRecords.awaitMatching(brokers, Topics.NOTIFICATION_OUTCOMES,
                r -> r.value().contains(confirmation.toString()), WITHIN).getFirst();
        assertThat(TopicRecords.header(failed, CloudEventHeaders.TYPE))
                .contains("clinicnet.notification.NotificationFailed.v1");
        assertThat(failed.value()).contains("invalid_number").doesNotContain(phone);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> requestsTo(phone).size() == 1);
    }

    @Test
    void an_sms_provider_outage_opens_the_circuit_and_each_delayed_message_goes_out_once_when_it_recovers() {
        StubMapping outage = provider.stubFor(post(urlEqualTo("/sms")).atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        String phone = uniquePhone();
        UUID client = smsClient(phone);
        List<SessionBookedV1> sessions = List.of(1, 2, 3, 4, 5).stream()
                .map(day -> bookedIn(client, UUID.randomUUID(), UUID.randomUUID(), Duration.ofDays(day))).toList();

        sessions.forEach(booked -> PublishedEvents.publish(brokers, booked, BOOKING));

        await().atMost(WITHIN).until(() -> metrics().contains(
                "resilience4j_circuitbreaker_state{application=\"notification-service\",name=\"sms\",state=\"open\"} 1.0"));
        await().atMost(WITHIN).until(() -> jdbc.sql("""
                        SELECT count(*) FROM notification
                        WHERE client_id = :c AND kind = 'CONFIRMATION' AND state = 'PENDING'
                          AND reason = 'sms provider unavailable'
                        """).param("c", client).query(Integer.class).single() == sessions.size());

        provider.removeStub(outage);

        await().atMost(WITHIN).until(() -> acceptedReferencesTo(phone).size() == sessions.size());
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> acceptedReferencesTo(phone).values().stream().allMatch(times -> times == 1));
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE client_id = :c AND state = 'SENT'")
                .param("c", client).query(Integer.class).single()).isEqualTo(sessions.size());
    }

    @Test
    void a_burst_of_messages_is_spread_out_to_stay_within_the_provider_quota() {
        String phone = uniquePhone();
        UUID client = smsClient(phone);
        int burst = 3 * QUOTA_PER_SECOND;

        for (int i = 0; i < burst; i++) {
            PublishedEvents.publish(brokers, bookedIn(client, UUID.randomUUID(), UUID.randomUUID(),
                    Duration.ofDays(i + 1)), BOOKING);
        }

        List<Instant> sentAt = await().atMost(WITHIN).until(() -> requestsTo(phone), found -> found.size() == burst)
                .stream().map(event -> event.getRequest().getLoggedDate().toInstant()).sorted().toList();
        // three quotas' worth need three of the limiter's periods, so at least one full period lies between the
        // first and the last (less a little for the way from the limiter to the provider)
        assertThat(Duration.between(sentAt.getFirst(), sentAt.getLast())).isGreaterThan(Duration.ofMillis(900));
    }

    @Test
    void a_send_left_in_doubt_that_the_provider_already_has_is_recorded_as_sent_without_sending_it_again() {
        String phone = uniquePhone();
        UUID client = smsClient(phone);
        UUID inDoubt = sendingLeftInDoubtBy(client);
        provider.stubFor(get(urlEqualTo("/sms/" + inDoubt)).willReturn(aResponse().withStatus(200)));

        await().atMost(WITHIN).until(() -> "SENT".equals(stateOf(inDoubt)));

        assertThat(requestsTo(phone)).isEmpty();
    }

    @Test
    void a_send_left_in_doubt_that_the_provider_never_got_is_sent_once() {
        String phone = uniquePhone();
        UUID client = smsClient(phone);
        UUID inDoubt = sendingLeftInDoubtBy(client);
        provider.stubFor(get(urlEqualTo("/sms/" + inDoubt)).willReturn(aResponse().withStatus(404)));

        await().atMost(WITHIN).until(() -> "SENT".equals(stateOf(inDoubt)));

        assertThat(requestsTo(phone)).hasSize(1);
    }

    @Test
    void a_send_the_provider_took_without_answering_in_time_is_asked_about_and_never_sent_twice() {
        String phone = uniquePhone();
        UUID client = smsClient(phone);
        provider.stubFor(post(urlEqualTo("/sms")).withRequestBody(matchingJsonPath("$.to", equalTo(phone)))
                .willReturn(aResponse().withStatus(202).withFixedDelay((int) SLOWER_THAN_THE_READ_TIMEOUT.toMillis())));
        provider.stubFor(get(urlPathMatching("/sms/.*")).willReturn(aResponse().withStatus(200)));
        SessionBookedV1 booked = bookedIn(client, UUID.randomUUID(), UUID.randomUUID(), Duration.ofHours(5));

        PublishedEvents.publish(brokers, booked, BOOKING);

        await().atMost(WITHIN).until(() -> notificationOf(booked.sessionId(), "CONFIRMATION") != null
                && "SENT".equals(stateOf(notificationOf(booked.sessionId(), "CONFIRMATION"))));
        assertThat(requestsTo(phone)).as("the provider took it once; asked, it said so").hasSize(1);
    }

    /** What an instance killed between handing a reminder to the provider and recording the outcome leaves behind. */
    private UUID sendingLeftInDoubtBy(UUID client) {
        UUID id = UUID.randomUUID();
        Instant start = clock.instant().plus(Duration.ofHours(3));
        jdbc.sql("""
                        INSERT INTO notification (id, kind, client_id, session_id, source_event_id, due_at, state,
                                                  session_starts_at, clinic_time_zone, duration_minutes, offset_minutes,
                                                  channel, claimed_until, attempts)
                        VALUES (:id, 'REMINDER', :client, :session, :source, :due, 'SENDING', :start, 'Europe/Lisbon',
                                60, 120, 'SMS', :claimedUntil, 1)
                        """)
                .param("id", id).param("client", client).param("session", UUID.randomUUID())
                .param("source", UUID.randomUUID()).param("due", Timestamp.from(clock.instant().minusSeconds(60)))
                .param("start", Timestamp.from(start))
                .param("claimedUntil", Timestamp.from(clock.instant().minusSeconds(1))).update();
        return id;
    }

    private UUID smsClient(String phone) {
        UUID client = UUID.randomUUID();
        PublishedEvents.publish(brokers, new ClientContactUpdatedV2(UUID.randomUUID(), clock.instant(), client,
                "Maria Costa", client + "@example.org", phone, "Europe/Lisbon", "en", "SMS", null, null, false, 1),
                BOOKING);
        return client;
    }

    private SessionBookedV1 bookedIn(UUID client, UUID clinic, UUID therapist, Duration fromNow) {
        Instant start = clock.instant().plus(fromNow);
        return new SessionBookedV1(UUID.randomUUID(), clock.instant(), UUID.randomUUID(), client, therapist, clinic, 1,
                start, start.plus(Duration.ofHours(1)), "Europe/Lisbon", 60, 1);
    }

    private UUID notificationOf(UUID session, String kind) {
        return jdbc.sql("SELECT id FROM notification WHERE session_id = :s AND kind = :k").param("s", session)
                .param("k", kind).query(UUID.class).optional().orElse(null);
    }

    private String stateOf(UUID notification) {
        return jdbc.sql("SELECT state FROM notification WHERE id = :id").param("id", notification)
                .query(String.class).single();
    }

    private static List<ServeEvent> requestsTo(String phone) {
        return provider.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getMethod().getName().equals("POST"))
                .filter(event -> event.getRequest().getBodyAsString().contains("\"to\":\"" + phone + "\""))
                .toList();
    }

    /** How often the provider accepted each reference sent to this number. */
    private static Map<String, Long> acceptedReferencesTo(String phone) {
        return requestsTo(phone).stream().filter(event -> event.getResponse().getStatus() / 100 == 2)
                .collect(Collectors.groupingBy(event -> event.getRequest().getHeader("Idempotency-Key"),
                        Collectors.counting()));
    }

    private String metrics() {
        return ServiceClient.onPort(port).as(TestIdentityProvider.shared().ops()).getText("/actuator/prometheus");
    }

    private static String uniquePhone() {
        return "+3519" + String.format("%08d", (long) (Math.random() * 100_000_000));
    }

    private static WireMockServer startedProvider() {
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        server.stubFor(post(urlEqualTo("/sms")).willReturn(aResponse().withStatus(202)));
        return server;
    }
}
