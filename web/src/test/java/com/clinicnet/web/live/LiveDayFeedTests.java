package com.clinicnet.web.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.clinicnet.events.EventType;
import com.clinicnet.events.Topics;
import com.clinicnet.testsupport.RealInfrastructure;
import com.clinicnet.web.StandInServices;
import com.clinicnet.web.browser.SignedInStaff;

/**
 * The live day against a real Kafka broker: an event on booking.sessions for a clinic reaches the browsers watching
 * that clinic's day as a bare "changed", and not those watching another clinic.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "clinicnet.web.live.enabled=true")
@ActiveProfiles("test")
@Import(SignedInStaff.class)
class LiveDayFeedTests {

    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final UUID LISBON = StandInServices.LISBON_CLINIC;
    private static final UUID PORTO = UUID.fromString("77777777-7777-7777-7777-777777777777");
    private static final UUID RITA = UUID.fromString("44444444-4444-4444-4444-444444444444");
    // one key for every record: one partition, so the records are read in the order they are sent
    private static final String ONE_SESSION = UUID.randomUUID().toString();

    private static KafkaProducer<String, String> producer;

    @LocalServerPort
    private int port;

    @Autowired
    private KafkaListenerEndpointRegistry listeners;

    @DynamicPropertySource
    static void aRealBrokerAndStandInServices(DynamicPropertyRegistry registry) {
        StandInServices.pointTheWebAtThem(registry);
        registry.add("spring.kafka.bootstrap-servers", () -> RealInfrastructure.shared().kafkaBootstrapServers());
    }

    @BeforeAll
    static void aProducerAsBookingServiceHasOne() {
        Properties settings = new Properties();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.shared().kafkaBootstrapServers());
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(settings);
    }

    @AfterAll
    static void closeTheProducer() {
        producer.close();
    }

    @Test
    void a_session_booked_at_lisbon_is_told_to_the_desks_watching_lisbon_and_not_to_those_watching_porto()
            throws Exception {
        await().atMost(WITHIN).until(() -> !listeners.getListenerContainer(SessionChanges.LISTENER)
                .getAssignedPartitions().isEmpty());
        HttpClient desk = signedInDesk();
        List<String> lisbon = watch(desk, LISBON);
        List<String> porto = watch(desk, PORTO);
        await().atMost(WITHIN).until(() -> lisbon.contains("event:connected") && porto.contains("event:connected"));

        String atPorto = published(PORTO);
        String atLisbon = published(LISBON);
        String atPortoAgain = published(PORTO);

        await().atMost(WITHIN).until(() -> lisbon.contains("id:" + atLisbon) && porto.contains("id:" + atPortoAgain));
        assertThat(lisbon).doesNotContain("id:" + atPorto, "id:" + atPortoAgain).contains("event:changed")
                .contains("data:changed");
        assertThat(porto).contains("id:" + atPorto).doesNotContain("id:" + atLisbon);
        assertThat(String.join("\n", lisbon)).doesNotContain("Maria").doesNotContain(ONE_SESSION);
    }

    /** Rita, at the desks of both clinics, signed in; the client keeps her session cookie. */
    private HttpClient signedInDesk() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<Void> signedIn = client.send(HttpRequest.newBuilder(
                URI.create(base() + SignedInStaff.frontDesk(RITA, "Rita Gomes", LISBON, PORTO))).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        return client;
    }

    /** The lines of the clinic's live stream as they arrive, kept for the test to look at. */
    private List<String> watch(HttpClient desk, UUID clinicId) {
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpRequest stream = HttpRequest.newBuilder(URI.create(base() + "/front-desk/clinics/" + clinicId + "/live"))
                .header("Accept", "text/event-stream").build();
        desk.sendAsync(stream, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
            assertThat(response.statusCode()).isEqualTo(200);
            response.body().forEach(lines::add);
        });
        return lines;
    }

    /** A SessionBooked event as booking-service publishes it (CloudEvents headers, the record as JSON). */
    private static String published(UUID clinicId) throws Exception {
        String eventId = UUID.randomUUID().toString();
        String event = """
                {"eventId":"%s","occurredAt":"%s","sessionId":"%s","clientId":"%s","therapistId":"%s",
                 "clinicId":"%s","room":1,"startsAt":"2026-12-08T10:00:00Z","endsAt":"2026-12-08T11:00:00Z",
                 "clinicTimeZone":"Europe/Lisbon","durationMinutes":60,"version":1}"""
                .formatted(eventId, Instant.now(), ONE_SESSION, UUID.randomUUID(), StandInServices.ANA, clinicId);
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.BOOKING_SESSIONS, ONE_SESSION, event);
        Map.of("ce_id", eventId, "ce_type", EventType.SESSION_BOOKED_V1.typeName(), "ce_specversion", "1.0")
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        producer.send(record).get();
        return eventId;
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
