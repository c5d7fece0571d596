package com.clinicnet.booking.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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

import com.clinicnet.booking.SessionRows;
import com.clinicnet.events.ClinicUpdatedV1;
import com.clinicnet.events.SpecialtyDescribedV1;
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
 * Maria asks ClinicNet to erase her: her future session is cancelled at once and its time is free for others, her
 * plan ends, her intake and profile go, and what the clinic keeps for its books no longer names her.
 */
@ServiceIntegrationTest
class ClientErasureIntegrationTests {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final String THERAPIST_SERVICE = "/clinicnet/therapist-service";
    private static final UUID ERASED = new UUID(0, 0);
    private static final TestIdentityProvider identity = TestIdentityProvider.shared();

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    UUID clinicId;
    UUID therapistId;
    UUID maria;
    String futureSession;
    UUID pastSession;
    String plan;

    @BeforeEach
    void maria_with_an_intake_a_plan_a_past_session_and_a_session_tomorrow() {
        clinicId = UUID.randomUUID();
        therapistId = UUID.randomUUID();
        PublishedEvents.publish(brokers, new SpecialtyDescribedV1(UUID.randomUUID(), clock.instant(), "SCIATICA",
                "Sciatica", List.of("RADIATING_LEG_PAIN")), THERAPIST_SERVICE);
        PublishedEvents.publish(brokers, new ClinicUpdatedV1(UUID.randomUUID(), clock.instant(), clinicId, "Baixa",
                "Lisbon", "Rua Augusta 100", "Europe/Lisbon", 1, 10, 1), THERAPIST_SERVICE);
        PublishedEvents.publish(brokers, DirectoryEvents.allDayTherapist(therapistId, clinicId, "SCIATICA", 3, 1),
                THERAPIST_SERVICE);
        await().atMost(WITHIN).until(() -> count("therapist_view_clinic WHERE therapist_id = '" + therapistId + "'") == 1
                && count("clinic_view WHERE id = '" + clinicId + "'") == 1
                && count("concern_specialty WHERE concern = 'RADIATING_LEG_PAIN'") >= 1);
        maria = UUID.randomUUID();
        assertThat(register(maria, "Maria Costa " + maria, email()).status()).isEqualTo(201);
        assertThat(as(maria).post("/clients/" + maria + "/intake", Map.of("concerns", List.of("RADIATING_LEG_PAIN"),
                "painLevel", 5, "injuriesToAvoid", List.of("left shoulder"))).status()).isEqualTo(201);
        plan = as(maria).post("/treatment-plans", Map.of("clientId", maria.toString(), "therapistId",
                therapistId.toString(), "clinicId", clinicId.toString(), "concern", "RADIATING_LEG_PAIN", "sessions", 4,
                "intervalDays", 7)).text("id");
        HttpResponseBody booked = book(maria, tomorrowAt(LocalTime.of(10, 0)));
        assertThat(booked.status()).as(booked.json().toString()).isEqualTo(201);
        futureSession = booked.text("id");
        pastSession = SessionRows.insertBooked(jdbc, maria, therapistId, clinicId,
                clock.instant().minus(Duration.ofDays(3)), Duration.ofHours(1), Duration.ZERO, null);
        jdbc.sql("UPDATE session SET status = 'COMPLETED' WHERE id = :id").param("id", pastSession).update();
    }

    @Test
    void her_future_session_is_cancelled_at_once_as_erased_and_its_time_can_be_booked_by_someone_else() {
        assertThat(as(maria).delete("/clients/" + maria).status()).isEqualTo(204);

        assertThat(jdbc.sql("SELECT status FROM session WHERE id = :id::uuid").param("id", futureSession)
                .query(String.class).single()).isEqualTo("CANCELLED");
        ConsumerRecord<String, String> cancelled = TopicRecords.awaitMatching(brokers, Topics.BOOKING_SESSIONS,
                r -> futureSession.equals(r.key()) && r.value().contains("\"reason\":\"ERASED\""), WITHIN).getFirst();
        assertThat(TopicRecords.header(cancelled, CloudEventHeaders.TYPE)).contains("clinicnet.booking.SessionCancelled.v2");
        UUID joao = UUID.randomUUID();
        assertThat(register(joao, "João Lima", "joao@example.org").status()).isEqualTo(201);
        assertThat(book(joao, tomorrowAt(LocalTime.of(10, 0))).status()).as("the freed time").isEqualTo(201);
    }

    @Test
    void nothing_kept_names_her_and_the_clinics_books_still_add_up() {
        assertThat(as(maria).delete("/clients/" + maria).status()).isEqualTo(204);

        for (String table : List.of("client", "intake", "client_clinic", "session", "treatment_plan")) {
            assertThat(count(table + " t WHERE t::text LIKE '%" + maria + "%'")).as(table).isZero();
        }
        assertThat(count("client WHERE name = 'Maria Costa " + maria + "' OR email = '" + email() + "'")).isZero();
        assertThat(jdbc.sql("SELECT t::text FROM idempotent_request t WHERE subject = :maria OR response LIKE :anywhere")
                .param("maria", maria.toString()).param("anywhere", "%" + maria + "%").query(String.class).list())
                .isEmpty();
        assertThat(count("session WHERE id IN ('" + futureSession + "', '" + pastSession + "') AND client_id = '"
                + ERASED + "'")).as("sessions kept for the books").isEqualTo(2);
        assertThat(count("treatment_plan WHERE id = '" + plan + "' AND status = 'ENDED' AND concern = 'ERASED'"))
                .isEqualTo(1);
        assertThat(count("follow_up WHERE plan_id = '" + plan + "' AND state = 'PENDING'")).isZero();
    }

    @Test
    void the_other_services_are_told_with_a_tombstone_and_her_profile_is_gone() {
        assertThat(as(maria).delete("/clients/" + maria).status()).isEqualTo(204);

        ConsumerRecord<String, String> tombstone = TopicRecords.awaitMatching(brokers, Topics.CLIENT_CONTACTS,
                r -> maria.toString().equals(r.key()) && r.value() == null, WITHIN).getFirst();
        assertThat(TopicRecords.header(tombstone, CloudEventHeaders.TYPE)).contains("clinicnet.booking.ClientErased.v1");
        assertThat(as(maria).get("/clients/" + maria).status()).isEqualTo(404);
        assertThat(as(maria).get("/clients/" + maria + "/intake").status()).isEqualTo(404);
        assertThat(as(maria).delete("/clients/" + maria).status()).isEqualTo(404);
        assertThat(identityAudit("CLIENT_ERASED")).isEqualTo(1);
        assertThat(count("audit_entry WHERE object_id = '" + plan + "' AND action = 'PLAN_ENDED' AND subject = '"
                + maria + "'")).isEqualTo(1);
        assertThat(count("audit_entry WHERE object_id = '" + futureSession + "' AND action = 'SESSION_CANCELLED'"))
                .isEqualTo(1);
    }

    @Test
    void the_same_person_signing_up_again_starts_afresh_with_nothing_of_before() {
        assertThat(as(maria).delete("/clients/" + maria).status()).isEqualTo(204);

        assertThat(register(maria, "Maria C.", "maria.c@example.org").status()).isEqualTo(201);
        assertThat(as(maria).get("/clients/" + maria + "/sessions").json()).isEmpty();
        assertThat(as(maria).get("/clients/" + maria + "/intake").status()).isEqualTo(404);
        assertThat(as(maria).get("/clients/" + maria + "/treatment-plans").json()).isEmpty();
    }

    @Test
    void the_erased_client_itself_cannot_be_read_or_erased() {
        assertThat(as(ERASED).get("/clients/" + ERASED).status()).isEqualTo(404);
        assertThat(as(ERASED).delete("/clients/" + ERASED).status()).isEqualTo(404);
    }

    private String email() {
        return "maria-" + maria + "@example.org";
    }

    private int identityAudit(String action) {
        return count("audit_entry WHERE object_id = '" + maria + "' AND action = '" + action + "'");
    }

    private HttpResponseBody register(UUID client, String name, String email) {
        return as(client).post("/clients", Map.of("name", name, "email", email, "timeZone", "Europe/Lisbon",
                "language", "pt", "preferredChannel", "EMAIL"));
    }

    private HttpResponseBody book(UUID client, ZonedDateTime start) {
        return as(client).post("/sessions", Map.of("clientId", client.toString(), "therapistId", therapistId.toString(),
                "clinicId", clinicId.toString(), "startsAt", start.toOffsetDateTime().toString(), "durationMinutes", 60));
    }

    private ZonedDateTime tomorrowAt(LocalTime time) {
        return LocalDate.now(clock.withZone(LISBON)).plusDays(1).atTime(time).atZone(LISBON);
    }

    private int count(String fromWhere) {
        return jdbc.sql("SELECT count(*) FROM " + fromWhere).query(Integer.class).single();
    }

    private ServiceClient as(UUID client) {
        return ServiceClient.onPort(port).as(identity.client(client));
    }
}
