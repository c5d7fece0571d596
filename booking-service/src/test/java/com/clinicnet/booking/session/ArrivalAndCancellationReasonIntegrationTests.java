package com.clinicnet.booking.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.clinicnet.booking.DirectoryArrival;
import com.clinicnet.booking.SessionRows;
import com.clinicnet.events.Topics;
import com.clinicnet.platform.messaging.CloudEventHeaders;
import com.clinicnet.testsupport.DirectoryEvents;
import com.clinicnet.testsupport.HttpResponseBody;
import com.clinicnet.testsupport.PublishedEvents;
import com.clinicnet.testsupport.ServiceClient;
import com.clinicnet.testsupport.ServiceIntegrationTest;
import com.clinicnet.testsupport.TestIdentityProvider;
import com.clinicnet.testsupport.TopicRecords;

/**
 * The front desk marks a client arrived (checked in PostgreSQL and on booking.sessions), and says why it cancels a
 * session (kept with the session and in the audit trail, never in the event).
 */
@ServiceIntegrationTest
class ArrivalAndCancellationReasonIntegrationTests {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final String ARRIVED = "clinicnet.booking.ClientArrived.v1";
    private static final TestIdentityProvider identity = TestIdentityProvider.shared();

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    UUID baixa;
    UUID ana;
    UUID maria;

    @BeforeEach
    void baixa_with_ana_and_maria_a_client() {
        baixa = UUID.randomUUID();
        ana = UUID.randomUUID();
        PublishedEvents.publish(brokers, DirectoryEvents.clinic(baixa, "Lisbon", "Europe/Lisbon", 3, 10, 1),
                "/clinicnet/therapist-service");
        PublishedEvents.publish(brokers, DirectoryEvents.allDayTherapist(ana, baixa, "LOWER_BACK", 2, 1),
                "/clinicnet/therapist-service");
        DirectoryArrival.awaitShiftsOf(jdbc, ana);
        await().atMost(WITHIN).until(() -> count("clinic_view WHERE id = '" + baixa + "'") == 1);
        maria = UUID.randomUUID();
        assertThat(as(identity.client(maria)).post("/clients", Map.of("name", "Maria Costa", "email",
                "maria@example.org", "timeZone", "Europe/Lisbon", "language", "pt", "preferredChannel", "EMAIL"))
                .status()).isEqualTo(201);
    }

    @Test
    void the_desk_marks_maria_arrived_which_is_stored_answered_audited_and_published_as_client_arrived() {
        UUID today = sessionToday();

        HttpResponseBody arrived = desk().post("/sessions/" + today + "/arrival", Map.of());

        assertThat(arrived.status()).isEqualTo(200);
        assertThat(arrived.text("status")).isEqualTo("BOOKED");
        assertThat(arrived.json().path("version").isMissingNode()).as("the session's shape, plus arrivedAt").isTrue();
        OffsetDateTime arrivedAt = OffsetDateTime.parse(arrived.text("arrivedAt"));
        assertThat(Duration.between(arrivedAt.toInstant(), clock.instant()).abs()).isLessThan(Duration.ofMinutes(1));
        assertThat(jdbc.sql("SELECT arrived_at FROM session WHERE id = :id").param("id", today)
                .query(java.sql.Timestamp.class).single().toInstant()).isEqualTo(arrivedAt.toInstant());
        assertThat(count("audit_entry WHERE action = 'CLIENT_ARRIVED' AND object_id = '" + today + "'")).isEqualTo(1);
        ConsumerRecord<String, String> event = TopicRecords.awaitMatching(brokers, Topics.BOOKING_SESSIONS,
                r -> today.toString().equals(r.key()), WITHIN).getFirst();
        assertThat(TopicRecords.header(event, CloudEventHeaders.TYPE)).contains(ARRIVED);
        assertThat(event.value()).contains("\"clientId\":\"" + maria + "\"").contains("\"clinicId\":\"" + baixa + "\"")
                .contains("\"arrivedAt\":\"" + arrivedAt.toInstant() + "\"").doesNotContain("Maria");
    }

    @Test
    void marking_arrived_twice_answers_the_same_session_and_publishes_one_event() {
        UUID today = sessionToday();

        HttpResponseBody first = desk().post("/sessions/" + today + "/arrival", Map.of());
        HttpResponseBody second = desk().post("/sessions/" + today + "/arrival", Map.of());

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.text("arrivedAt")).isEqualTo(first.text("arrivedAt"));
        TopicRecords.awaitMatching(brokers, Topics.BOOKING_SESSIONS, r -> today.toString().equals(r.key()), WITHIN);
        await().atMost(WITHIN).until(() -> count("event_publication WHERE completion_date IS NULL") == 0);
        List<ConsumerRecord<String, String>> ofTheSession = TopicRecords.all(brokers, Topics.BOOKING_SESSIONS).stream()
                .filter(r -> today.toString().equals(r.key())).toList();
        assertThat(ofTheSession).hasSize(1);
        assertThat(count("audit_entry WHERE action = 'CLIENT_ARRIVED' AND object_id = '" + today + "'")).isEqualTo(1);
    }

    @Test
    void two_desks_marking_the_same_arrival_at_once_both_see_it_marked_and_one_event_is_published() throws Exception {
        UUID today = sessionToday();
        List<java.util.concurrent.Callable<HttpResponseBody>> desks = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> (java.util.concurrent.Callable<HttpResponseBody>) () -> desk()
                        .post("/sessions/" + today + "/arrival", Map.of()))
                .toList();

        List<HttpResponseBody> answers = new java.util.ArrayList<>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(desks.size())) {
            for (var answer : pool.invokeAll(desks)) {
                answers.add(answer.get());
            }
        }

        assertThat(answers).extracting(HttpResponseBody::status).containsOnly(200);
        assertThat(answers).extracting(answer -> answer.text("arrivedAt")).containsOnly(answers.getFirst().text("arrivedAt"));
        TopicRecords.awaitMatching(brokers, Topics.BOOKING_SESSIONS, r -> today.toString().equals(r.key()), WITHIN);
        await().atMost(WITHIN).until(() -> count("event_publication WHERE completion_date IS NULL") == 0);
        assertThat(TopicRecords.all(brokers, Topics.BOOKING_SESSIONS).stream()
                .filter(r -> today.toString().equals(r.key()))).hasSize(1);
    }

    @Test
    void a_cancelled_session_or_one_on_another_day_cannot_have_its_client_arrive() {
        String cancelled = bookInTwoDays(LocalTime.of(9, 0));
        assertThat(desk().post("/sessions/" + cancelled + "/cancel", Map.of()).status()).isEqualTo(200);
        String later = bookInTwoDays(LocalTime.of(11, 0));

        HttpResponseBody ofCancelled = desk().post("/sessions/" + cancelled + "/arrival", Map.of());
        HttpResponseBody ofLater = desk().post("/sessions/" + later + "/arrival", Map.of());

        assertThat(ofCancelled.status()).isEqualTo(409);
        assertThat(ofCancelled.json().path("title").asString()).isEqualTo("Conflict");
        assertThat(ofLater.status()).isEqualTo(409);
        assertThat(count("session WHERE id IN ('" + cancelled + "', '" + later + "') AND arrived_at IS NOT NULL"))
                .isZero();
    }

    @Test
    void only_the_desk_of_the_sessions_clinic_marks_an_arrival_anyone_else_hears_not_found() {
        UUID today = sessionToday();
        String path = "/sessions/" + today + "/arrival";

        assertThat(as(identity.frontDesk(UUID.randomUUID())).post(path, Map.of()).status()).isEqualTo(404);
        assertThat(as(identity.therapist(ana)).post(path, Map.of()).status()).isEqualTo(404);
        assertThat(as(identity.client(maria)).post(path, Map.of()).status()).isEqualTo(404);
        assertThat(as(identity.admin()).post(path, Map.of()).status()).isEqualTo(404);
        assertThat(desk().post("/sessions/" + UUID.randomUUID() + "/arrival", Map.of()).status()).isEqualTo(404);
        assertThat(count("session WHERE id = '" + today + "' AND arrived_at IS NOT NULL")).isZero();
    }

    @Test
    void a_cancellation_with_a_reason_keeps_it_with_the_session_and_in_the_audit_but_not_in_the_event() {
        String session = bookInTwoDays(LocalTime.of(10, 0));

        HttpResponseBody cancelled = desk().post("/sessions/" + session + "/cancel", Map.of("reason", "CLINIC_CLOSED"));

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
        assertThat(jdbc.sql("SELECT cancellation_reason FROM session WHERE id = :id")
                .param("id", UUID.fromString(session)).query(String.class).single()).isEqualTo("CLINIC_CLOSED");
        assertThat(jdbc.sql("SELECT reason FROM audit_entry WHERE action = 'SESSION_CANCELLED' AND object_id = :id")
                .param("id", UUID.fromString(session)).query(String.class).single()).isEqualTo("CLINIC_CLOSED");
        HttpResponseBody day = desk().get("/clinics/" + baixa + "/sessions?date="
                + LocalDate.now(clock.withZone(LISBON)).plusDays(2));
        assertThat(day.json().get(0).path("cancellationReason").asString()).isEqualTo("CLINIC_CLOSED");
        ConsumerRecord<String, String> event = TopicRecords.awaitMatching(brokers, Topics.BOOKING_SESSIONS,
                r -> session.equals(r.key()) && TopicRecords.header(r, CloudEventHeaders.TYPE)
                        .filter("clinicnet.booking.SessionCancelled.v2"::equals).isPresent(), WITHIN).getFirst();
        assertThat(event.value()).doesNotContain("CLINIC_CLOSED");
    }

    @Test
    void a_cancellation_without_any_body_still_cancels_and_stores_no_reason() {
        String session = bookInTwoDays(LocalTime.of(12, 0));

        HttpResponseBody cancelled = as(identity.client(maria)).send("POST", "/sessions/" + session + "/cancel", null,
                null);

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(count("session WHERE id = '" + session + "' AND status = 'CANCELLED' AND cancellation_reason IS NULL"))
                .isEqualTo(1);
    }

    @Test
    void an_unknown_cancellation_reason_is_a_400_naming_reason_and_cancels_nothing() {
        String session = bookInTwoDays(LocalTime.of(14, 0));

        HttpResponseBody refused = desk().post("/sessions/" + session + "/cancel", Map.of("reason", "RAINING"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("reason");
        assertThat(count("session WHERE id = '" + session + "' AND status = 'BOOKED'")).isEqualTo(1);
    }

    /** A session starting this minute, written to the table: the API books nothing less than an hour ahead. */
    private UUID sessionToday() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        return SessionRows.insertBooked(jdbc, maria, UUID.randomUUID(), baixa, now, Duration.ofMinutes(30),
                Duration.ZERO, null);
    }

    private String bookInTwoDays(LocalTime time) {
        ZonedDateTime start = LocalDate.now(clock.withZone(LISBON)).plusDays(2).atTime(time).atZone(LISBON);
        HttpResponseBody booked = as(identity.client(maria)).post("/sessions", Map.of("clientId", maria.toString(), "therapistId",
                ana.toString(), "clinicId", baixa.toString(), "startsAt", start.toOffsetDateTime().toString(),
                "durationMinutes", 60));
        assertThat(booked.status()).as(booked.json().toString()).isEqualTo(201);
        return booked.text("id");
    }

    private int count(String fromWhere) {
        return jdbc.sql("SELECT count(*) FROM " + fromWhere).query(Integer.class).single();
    }

    private ServiceClient desk() {
        return as(identity.frontDesk(baixa));
    }

    private ServiceClient as(String token) {
        return ServiceClient.onPort(port).as(token);
    }
}
