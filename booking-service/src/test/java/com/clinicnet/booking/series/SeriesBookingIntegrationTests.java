package com.clinicnet.booking.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.clinicnet.booking.DirectoryArrival;
import com.clinicnet.events.Topics;
import com.clinicnet.platform.messaging.CloudEventHeaders;
import com.clinicnet.testsupport.DirectoryEvents;
import com.clinicnet.testsupport.HttpResponseBody;
import com.clinicnet.testsupport.PublishedEvents;
import com.clinicnet.testsupport.ServiceClient;
import com.clinicnet.testsupport.ServiceIntegrationTest;
import com.clinicnet.testsupport.TestIdentityProvider;
import com.clinicnet.testsupport.TopicRecords;

import tools.jackson.databind.JsonNode;

/**
 * Joana's plan of four weekly sessions with Ana, booked in one request: all of them, or none when one of the weeks
 * is taken (with Ana's nearest free times instead), unless Joana accepts the others. Through HTTP, PostgreSQL and
 * Kafka.
 */
@ServiceIntegrationTest
class SeriesBookingIntegrationTests {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final String SOURCE = "/clinicnet/therapist-service";
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
    UUID joana;
    UUID maria;
    String plan;
    ZonedDateTime firstTuesdayish;

    @BeforeEach
    void joana_has_a_plan_of_four_weekly_sessions_with_ana() {
        baixa = UUID.randomUUID();
        ana = UUID.randomUUID();
        PublishedEvents.publish(brokers, DirectoryEvents.clinic(baixa, "Lisbon " + baixa, "Europe/Lisbon", 2, 0, 1),
                SOURCE);
        PublishedEvents.publish(brokers, DirectoryEvents.allDayTherapist(ana, baixa, "SCIATICA", 3, 1), SOURCE);
        DirectoryArrival.awaitShiftsOf(jdbc, ana);
        DirectoryArrival.awaitClinics(jdbc, baixa);
        joana = register("Joana Reis");
        maria = register("Maria Costa");
        HttpResponseBody started = as(joana).post("/treatment-plans", Map.of("clientId", joana.toString(),
                "therapistId", ana.toString(), "clinicId", baixa.toString(), "concern", "RADIATING_LEG_PAIN",
                "sessions", 4, "intervalDays", 7));
        assertThat(started.status()).as(started.json().toString()).isEqualTo(201);
        plan = started.text("id");
        firstTuesdayish = LocalDate.now(clock.withZone(LISBON)).plusDays(3).atTime(LocalTime.of(10, 0)).atZone(LISBON);
    }

    @Test
    void every_session_of_the_plan_is_booked_weekly_at_ten_in_one_request() {
        HttpResponseBody booked = series(false);

        assertThat(booked.status()).as(booked.json().toString()).isEqualTo(201);
        assertThat(booked.json().path("booked")).hasSize(4);
        assertThat(booked.json().path("unbookable")).isEmpty();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM session WHERE plan_id = CAST(:plan AS uuid) AND status = 'BOOKED'
                          AND therapist_id = :ana AND (starts_at AT TIME ZONE 'Europe/Lisbon')::time = '10:00'
                        """).param("plan", plan).param("ana", ana).query(Integer.class).single()).isEqualTo(4);
        String firstSession = booked.json().path("booked").get(0).path("sessionId").asString();
        TopicRecords.awaitMatching(brokers, Topics.BOOKING_SESSIONS, r -> firstSession.equals(r.key())
                && TopicRecords.header(r, CloudEventHeaders.TYPE)
                        .filter("clinicnet.booking.SessionBooked.v1"::equals).isPresent(),
                java.time.Duration.ofSeconds(30));
        assertThat(series(false).status()).as("nothing left to book").isEqualTo(409);
    }

    @Test
    void one_week_taken_books_nothing_and_answers_with_anas_nearest_free_times_for_it() {
        ZonedDateTime thirdWeek = firstTuesdayish.plusWeeks(2);
        assertThat(as(maria).post("/sessions", session(maria, thirdWeek)).status()).isEqualTo(201);

        HttpResponseBody refused = series(false);

        assertThat(refused.status()).as(refused.json().toString()).isEqualTo(409);
        JsonNode unbookable = refused.json().path("unbookable");
        assertThat(unbookable).hasSize(1);
        assertThat(java.time.OffsetDateTime.parse(unbookable.get(0).path("startsAt").asString()).toInstant())
                .isEqualTo(thirdWeek.toInstant());
        assertThat(unbookable.get(0).path("alternatives")).isNotEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM session WHERE plan_id = CAST(:plan AS uuid)").param("plan", plan)
                .query(Integer.class).single()).as("nothing half-booked").isZero();
    }

    @Test
    void accepting_a_part_books_the_other_weeks_and_names_the_one_that_could_not_be() {
        assertThat(as(maria).post("/sessions", session(maria, firstTuesdayish.plusWeeks(1))).status()).isEqualTo(201);

        HttpResponseBody booked = series(true);

        assertThat(booked.status()).as(booked.json().toString()).isEqualTo(201);
        assertThat(booked.json().path("booked")).hasSize(3);
        assertThat(booked.json().path("unbookable")).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM session WHERE plan_id = CAST(:plan AS uuid) AND status = 'BOOKED'")
                .param("plan", plan).query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void nobody_else_books_joanas_series() {
        assertThat(as(maria).post("/treatment-plans/" + plan + "/series", request(false)).status()).isEqualTo(404);
        assertThat(ServiceClient.onPort(port).as(identity.therapist(ana)).post("/treatment-plans/" + plan + "/series",
                request(false)).status()).isEqualTo(403);
        assertThat(as(joana).post("/treatment-plans/" + plan + "/series", Map.of("firstStartsAt",
                firstTuesdayish.toOffsetDateTime().toString(), "durationMinutes", 45)).status()).isEqualTo(422);
    }

    private HttpResponseBody series(boolean acceptPartial) {
        return as(joana).post("/treatment-plans/" + plan + "/series", request(acceptPartial));
    }

    private Map<String, Object> request(boolean acceptPartial) {
        return Map.of("firstStartsAt", firstTuesdayish.toOffsetDateTime().toString(), "durationMinutes", 60,
                "acceptPartial", acceptPartial);
    }

    private Map<String, Object> session(UUID client, ZonedDateTime start) {
        return Map.of("clientId", client.toString(), "therapistId", ana.toString(), "clinicId", baixa.toString(),
                "startsAt", start.toOffsetDateTime().toString(), "durationMinutes", 60);
    }

    private UUID register(String name) {
        UUID id = UUID.randomUUID();
        assertThat(as(id).post("/clients", Map.of("name", name, "email", id + "@example.org", "timeZone",
                "Europe/Lisbon", "language", "pt", "preferredChannel", "EMAIL")).status()).isEqualTo(201);
        return id;
    }

    private ServiceClient as(UUID client) {
        return ServiceClient.onPort(port).as(identity.client(client));
    }
}
