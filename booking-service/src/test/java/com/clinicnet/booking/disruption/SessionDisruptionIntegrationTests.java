package com.clinicnet.booking.disruption;

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
import com.clinicnet.events.ClinicUpdatedV2;
import com.clinicnet.events.Topics;
import com.clinicnet.events.TherapistProfileUpdatedV2;
import com.clinicnet.platform.messaging.CloudEventHeaders;
import com.clinicnet.testsupport.DirectoryEvents;
import com.clinicnet.testsupport.HttpResponseBody;
import com.clinicnet.testsupport.PublishedEvents;
import com.clinicnet.testsupport.ServiceClient;
import com.clinicnet.testsupport.ServiceIntegrationTest;
import com.clinicnet.testsupport.TestIdentityProvider;
import com.clinicnet.testsupport.TopicRecords;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ana takes time off over Maria's session, or stops taking bookings: booking hears it from therapist-service's
 * profile on Kafka, marks the session disrupted in PostgreSQL (still booked), publishes SessionDisrupted with the
 * alternatives, and shows it in Baixa's front-desk worklist until the session is moved or Ana works it after all.
 */
@ServiceIntegrationTest
class SessionDisruptionIntegrationTests {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final String DISRUPTED = "clinicnet.booking.SessionDisrupted.v1";
    private static final String SOURCE = "/clinicnet/therapist-service";
    private static final TestIdentityProvider identity = TestIdentityProvider.shared();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    Disruptions disruptions;

    UUID baixa;
    ClinicUpdatedV2 baixaAsPublished;
    UUID alfama;
    TherapistProfileUpdatedV2 ana;
    UUID bea;
    UUID carla;
    UUID maria;

    @BeforeEach
    void baixa_with_ana_and_bea_alfama_with_carla_in_lisbon_and_maria_a_client() {
        String city = "Lisbon " + UUID.randomUUID();
        baixa = UUID.randomUUID();
        alfama = UUID.randomUUID();
        baixaAsPublished = DirectoryEvents.clinic(baixa, city, "Europe/Lisbon", 2, 0, 1);
        PublishedEvents.publish(brokers, baixaAsPublished, SOURCE);
        PublishedEvents.publish(brokers, DirectoryEvents.clinic(alfama, city, "Europe/Lisbon", 2, 0, 1), SOURCE);
        ana = DirectoryEvents.allDayTherapist(UUID.randomUUID(), baixa, "LOWER_BACK", 2, 1);
        bea = UUID.randomUUID();
        carla = UUID.randomUUID();
        PublishedEvents.publish(brokers, ana, SOURCE);
        PublishedEvents.publish(brokers, DirectoryEvents.allDayTherapist(bea, baixa, "LOWER_BACK", 2, 1), SOURCE);
        PublishedEvents.publish(brokers, DirectoryEvents.allDayTherapist(carla, alfama, "LOWER_BACK", 2, 1), SOURCE);
        DirectoryArrival.awaitShiftsOf(jdbc, ana.therapistId(), bea, carla);
        await().atMost(WITHIN).until(() -> count("clinic_view WHERE id IN ('" + baixa + "', '" + alfama + "')") == 2);
        maria = UUID.randomUUID();
        assertThat(as(identity.client(maria)).post("/clients", Map.of("name", "Maria Costa", "email",
                "maria@example.org", "timeZone", "Europe/Lisbon", "language", "pt", "preferredChannel", "EMAIL"))
                .status()).isEqualTo(201);
    }

    @Test
    void time_off_over_marias_session_disrupts_it_keeps_it_booked_and_offers_ana_bea_and_carla() {
        ZonedDateTime tenOClock = inTwoDays(LocalTime.of(10, 0));
        UUID session = book(tenOClock);

        anaAway(tenOClock.minusHours(1), tenOClock.plusHours(2), 2);

        awaitDisrupted(session);
        assertThat(jdbc.sql("SELECT cause FROM session_disruption WHERE session_id = :id").param("id", session)
                .query(String.class).single()).isEqualTo("TIME_OFF");
        assertThat(count("session WHERE id = '" + session + "' AND status = 'BOOKED'")).isEqualTo(1);
        JsonNode event = disruptedEvent(session);
        assertThat(event.path("cause").asString()).isEqualTo("TIME_OFF");
        assertThat(event.path("clientId").asString()).isEqualTo(maria.toString());
        assertThat(event.toString()).doesNotContain("Maria").doesNotContain("LOWER_BACK");
        List<JsonNode> offered = event.path("alternatives").valueStream().toList();
        assertThat(offered).extracting(offer -> offer.path("therapistId").asString())
                .containsExactly(ana.therapistId().toString(), bea.toString(), carla.toString());
        Instant anaAgain = Instant.parse(offered.get(0).path("startsAt").asString());
        boolean beforeTheTimeOff = !anaAgain.plus(Duration.ofHours(1)).isAfter(tenOClock.minusHours(1).toInstant());
        assertThat(beforeTheTimeOff || !anaAgain.isBefore(tenOClock.plusHours(2).toInstant()))
                .as("Ana's slot %s is outside her time off", anaAgain).isTrue();
        assertThat(Instant.parse(offered.get(1).path("startsAt").asString())).isEqualTo(tenOClock.toInstant());
        assertThat(offered.get(2).path("clinicId").asString()).isEqualTo(alfama.toString());
    }

    @Test
    void the_same_profile_delivered_again_disrupts_nothing_twice() {
        ZonedDateTime tenOClock = inTwoDays(LocalTime.of(10, 0));
        UUID session = book(tenOClock);
        TherapistProfileUpdatedV2 away = anaAway(tenOClock.minusHours(1), tenOClock.plusHours(2), 2);
        awaitDisrupted(session);

        PublishedEvents.publish(brokers, away, SOURCE);
        anaAway(tenOClock.minusHours(1), tenOClock.plusHours(3), 3);

        await().atMost(WITHIN)
                .until(() -> count("therapist_view WHERE id = '" + ana.therapistId() + "' AND version = 3") == 1);
        await().atMost(WITHIN).until(() -> count("event_publication WHERE completion_date IS NULL") == 0);
        assertThat(TopicRecords.all(brokers, Topics.BOOKING_SESSIONS).stream()
                .filter(r -> session.toString().equals(r.key()) && isDisrupted(r))).hasSize(1);
    }

    @Test
    void baixas_desk_sees_the_disruption_in_its_worklist_until_maria_takes_anas_alternative() {
        ZonedDateTime tenOClock = inTwoDays(LocalTime.of(10, 0));
        UUID session = book(tenOClock);
        anaAway(tenOClock.minusHours(1), tenOClock.plusHours(2), 2);
        awaitDisrupted(session);

        HttpResponseBody worklist = as(identity.frontDesk(baixa)).get("/clinics/" + baixa + "/disruptions");

        assertThat(worklist.status()).isEqualTo(200);
        JsonNode open = worklist.json().get(0);
        assertThat(open.path("sessionId").asString()).isEqualTo(session.toString());
        assertThat(OffsetDateTime.parse(open.path("starts").asString())).isEqualTo(tenOClock.toOffsetDateTime());
        assertThat(open.path("alternatives")).hasSize(3);
        assertThat(as(identity.frontDesk(alfama)).get("/clinics/" + baixa + "/disruptions").status()).isEqualTo(404);
        assertThat(as(identity.client(maria)).get("/clinics/" + baixa + "/disruptions").status()).isEqualTo(404);

        String anaAgain = open.path("alternatives").get(0).path("starts").asString();
        HttpResponseBody moved = as(identity.client(maria)).post("/sessions/" + session + "/reschedule",
                Map.of("startsAt", anaAgain));

        assertThat(moved.status()).as(moved.json().toString()).isEqualTo(200);
        assertThat(as(identity.frontDesk(baixa)).get("/clinics/" + baixa + "/disruptions").json()).isEmpty();
        assertThat(jdbc.sql("SELECT resolution FROM session_disruption WHERE session_id = :id").param("id", session)
                .query(String.class).single()).isEqualTo("RESCHEDULED");
    }

    @Test
    void maria_takes_beas_time_by_its_rank_so_the_session_moves_to_bea_and_the_disruption_ends() {
        ZonedDateTime tenOClock = inTwoDays(LocalTime.of(10, 0));
        UUID session = book(tenOClock);
        anaAway(tenOClock.minusHours(1), tenOClock.plusHours(2), 2);
        awaitDisrupted(session);
        JsonNode offered = as(identity.client(maria)).get("/sessions/" + session + "/disruption").json();
        assertThat(offered.path("alternatives").get(1).path("therapistId").asString()).isEqualTo(bea.toString());

        HttpResponseBody taken = as(identity.client(maria)).post("/sessions/" + session + "/disruption/alternatives/2",
                Map.of());

        assertThat(taken.status()).as(taken.json().toString()).isEqualTo(200);
        assertThat(taken.text("therapistId")).isEqualTo(bea.toString());
        assertThat(count("session WHERE id = '" + session + "' AND status = 'BOOKED' AND therapist_id = '" + bea
                + "' AND starts_at = '" + tenOClock.toInstant() + "'")).isEqualTo(1);
        assertThat(count("session_disruption WHERE session_id = '" + session + "' AND resolution = 'RESCHEDULED'"))
                .isEqualTo(1);
        ConsumerRecord<String, String> moved = TopicRecords.awaitMatching(brokers, Topics.BOOKING_SESSIONS,
                r -> session.toString().equals(r.key()) && TopicRecords.header(r, CloudEventHeaders.TYPE)
                        .filter("clinicnet.booking.SessionRescheduled.v1"::equals).isPresent(), WITHIN).getFirst();
        assertThat(moved.value()).contains("\"therapistId\":\"" + bea + "\"");
        HttpResponseBody again = as(identity.client(maria)).post("/sessions/" + session + "/disruption/alternatives/2",
                Map.of());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("therapistId")).isEqualTo(bea.toString());
        assertThat(as(identity.client(maria)).get("/sessions/" + session + "/disruption").status()).isEqualTo(404);
    }

    @Test
    void a_time_someone_else_booked_meanwhile_is_answered_409_and_the_disruption_stays_open() {
        ZonedDateTime tenOClock = inTwoDays(LocalTime.of(10, 0));
        UUID session = book(tenOClock);
        anaAway(tenOClock.minusHours(1), tenOClock.plusHours(2), 2);
        awaitDisrupted(session);
        UUID joana = UUID.randomUUID();
        assertThat(as(identity.client(joana)).post("/clients", Map.of("name", "Joana Reis", "email",
                "joana@example.org", "timeZone", "Europe/Lisbon", "language", "pt", "preferredChannel", "EMAIL")).status()).isEqualTo(201);
        assertThat(as(identity.client(joana)).post("/sessions", Map.of("clientId", joana.toString(), "therapistId",
                bea.toString(), "clinicId", baixa.toString(), "startsAt", tenOClock.toOffsetDateTime().toString(),
                "durationMinutes", 60)).status()).isEqualTo(201);

        HttpResponseBody taken = as(identity.client(maria)).post("/sessions/" + session + "/disruption/alternatives/2",
                Map.of());

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().path("detail").asString()).isNotBlank();
        awaitDisrupted(session);
        assertThat(count("session WHERE id = '" + session + "' AND therapist_id = '" + ana.therapistId() + "'"))
                .isEqualTo(1);
    }

    @Test
    void nobody_else_sees_or_takes_marias_alternatives() {
        ZonedDateTime tenOClock = inTwoDays(LocalTime.of(10, 0));
        UUID session = book(tenOClock);
        anaAway(tenOClock.minusHours(1), tenOClock.plusHours(2), 2);
        awaitDisrupted(session);
        String stranger = identity.client(UUID.randomUUID());

        assertThat(as(stranger).get("/sessions/" + session + "/disruption").status()).isEqualTo(404);
        assertThat(as(stranger).post("/sessions/" + session + "/disruption/alternatives/1", Map.of()).status())
                .isEqualTo(404);
        assertThat(as(identity.therapist(bea)).post("/sessions/" + session + "/disruption/alternatives/1", Map.of())
                .status()).isEqualTo(403);
        assertThat(as(identity.client(maria)).post("/sessions/" + session + "/disruption/alternatives/4", Map.of())
                .status()).isEqualTo(404);
        assertThat(as(identity.frontDesk(baixa)).get("/sessions/" + session + "/disruption").status()).isEqualTo(200);
        awaitDisrupted(session);
    }

    @Test
    void a_disruption_still_open_a_day_before_is_raised_to_the_front_desk_again_once() {
        ZonedDateTime inThreeHours = ZonedDateTime.now(clock.withZone(LISBON)).plusHours(3)
                .truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        UUID soon = book(inThreeHours);
        UUID later = book(inTwoDays(LocalTime.of(10, 0)));
        PublishedEvents.publish(brokers, DirectoryEvents.revised(ana, false, List.of(), 2), SOURCE);
        awaitDisrupted(soon);
        awaitDisrupted(later);

        int first = disruptions.escalateDue();
        int again = disruptions.escalateDue();

        assertThat(first).isGreaterThanOrEqualTo(1);
        assertThat(again).isZero();
        assertThat(count("session_disruption WHERE session_id = '" + soon + "' AND escalated_at IS NOT NULL"))
                .isEqualTo(1);
        assertThat(count("session_disruption WHERE session_id = '" + later + "' AND escalated_at IS NULL"))
                .isEqualTo(1);
        TopicRecords.awaitMatching(brokers, Topics.BOOKING_SESSIONS, r -> soon.toString().equals(r.key())
                && TopicRecords.header(r, CloudEventHeaders.TYPE)
                        .filter("clinicnet.booking.SessionDisruptionEscalated.v1"::equals).isPresent(), WITHIN);
        JsonNode worklist = as(identity.frontDesk(baixa)).get("/clinics/" + baixa + "/disruptions").json();
        assertThat(worklist.valueStream().filter(open -> open.path("sessionId").asString().equals(soon.toString())))
                .singleElement().satisfies(open -> assertThat(open.path("escalated").asBoolean()).isTrue());
        assertThat(worklist.valueStream().filter(open -> open.path("sessionId").asString().equals(later.toString())))
                .singleElement().satisfies(open -> assertThat(open.path("escalated").asBoolean()).isFalse());
    }

    @Test
    void baixa_closing_on_the_day_disrupts_marias_session_and_offers_carla_at_alfama_that_morning() {
        ZonedDateTime tenOClock = inTwoDays(LocalTime.of(10, 0));
        UUID session = book(tenOClock);

        PublishedEvents.publish(brokers, DirectoryEvents.closedOn(baixaAsPublished, 2, tenOClock.toLocalDate()),
                SOURCE);

        awaitDisrupted(session);
        JsonNode event = disruptedEvent(session);
        assertThat(event.path("cause").asString()).isEqualTo("CLINIC_CLOSED");
        List<JsonNode> offered = event.path("alternatives").valueStream().toList();
        assertThat(offered).allSatisfy(offer -> assertThat(offer.path("clinicId").asString().equals(alfama.toString())
                || !Instant.parse(offer.path("startsAt").asString()).atZone(LISBON).toLocalDate()
                        .equals(tenOClock.toLocalDate())).as("nothing at Baixa on the day it is closed").isTrue());
        assertThat(offered).anySatisfy(offer -> {
            assertThat(offer.path("therapistId").asString()).isEqualTo(carla.toString());
            assertThat(Instant.parse(offer.path("startsAt").asString())).isEqualTo(tenOClock.toInstant());
        });

        PublishedEvents.publish(brokers, DirectoryEvents.closedOn(baixaAsPublished, 3), SOURCE);

        await().atMost(WITHIN).until(() -> count("session_disruption WHERE session_id = '" + session
                + "' AND resolution = 'RESTORED'") == 1);
    }

    @Test
    void withdrawn_time_off_restores_the_session_and_clears_the_worklist() {
        ZonedDateTime tenOClock = inTwoDays(LocalTime.of(10, 0));
        UUID session = book(tenOClock);
        anaAway(tenOClock.minusHours(1), tenOClock.plusHours(2), 2);
        awaitDisrupted(session);

        PublishedEvents.publish(brokers, DirectoryEvents.revised(ana, true, List.of(), 3), SOURCE);

        await().atMost(WITHIN).until(() -> count("session_disruption WHERE session_id = '" + session
                + "' AND resolution = 'RESTORED'") == 1);
        assertThat(as(identity.frontDesk(baixa)).get("/clinics/" + baixa + "/disruptions").json()).isEmpty();
    }

    @Test
    void ana_no_longer_taking_bookings_disrupts_every_session_of_hers_ahead() {
        UUID morning = book(inTwoDays(LocalTime.of(9, 0)));
        UUID afternoon = book(inTwoDays(LocalTime.of(15, 0)));

        PublishedEvents.publish(brokers, DirectoryEvents.revised(ana, false, List.of(), 2), SOURCE);

        awaitDisrupted(morning);
        awaitDisrupted(afternoon);
        assertThat(count("session_disruption WHERE session_id IN ('" + morning + "', '" + afternoon
                + "') AND cause = 'THERAPIST_INACTIVE'")).isEqualTo(2);
        assertThat(disruptedEvent(morning).path("alternatives").valueStream()
                .map(offer -> offer.path("therapistId").asString())).doesNotContain(ana.therapistId().toString());
        List<String> offeredInTheMorning = offered(morning);
        assertThat(offered(afternoon)).as("no time offered to two clients").doesNotContainAnyElementsOf(
                offeredInTheMorning);
    }

    private List<String> offered(UUID session) {
        return disruptedEvent(session).path("alternatives").valueStream()
                .map(offer -> offer.path("therapistId").asString() + "@" + offer.path("startsAt").asString()).toList();
    }

    private TherapistProfileUpdatedV2 anaAway(ZonedDateTime from, ZonedDateTime to, long version) {
        TherapistProfileUpdatedV2 away = DirectoryEvents.revised(ana, true, List.of(new TherapistProfileUpdatedV2
                .TimeOff(UUID.randomUUID(), from.toInstant(), to.toInstant())), version);
        PublishedEvents.publish(brokers, away, SOURCE);
        return away;
    }

    private void awaitDisrupted(UUID session) {
        await().atMost(WITHIN).until(() -> count("session_disruption WHERE session_id = '" + session
                + "' AND resolved_at IS NULL") == 1);
    }

    private JsonNode disruptedEvent(UUID session) {
        ConsumerRecord<String, String> record = TopicRecords.awaitMatching(brokers, Topics.BOOKING_SESSIONS,
                r -> session.toString().equals(r.key()) && isDisrupted(r), WITHIN).getFirst();
        return JSON.readTree(record.value());
    }

    private static boolean isDisrupted(ConsumerRecord<String, String> record) {
        return TopicRecords.header(record, CloudEventHeaders.TYPE).filter(DISRUPTED::equals).isPresent();
    }

    private ZonedDateTime inTwoDays(LocalTime time) {
        return LocalDate.now(clock.withZone(LISBON)).plusDays(2).atTime(time).atZone(LISBON);
    }

    private UUID book(ZonedDateTime start) {
        HttpResponseBody booked = as(identity.client(maria)).post("/sessions", Map.of("clientId", maria.toString(),
                "therapistId", ana.therapistId().toString(), "clinicId", baixa.toString(), "startsAt",
                start.toOffsetDateTime().toString(), "durationMinutes", 60));
        assertThat(booked.status()).as(booked.json().toString()).isEqualTo(201);
        return UUID.fromString(booked.text("id"));
    }

    private int count(String fromWhere) {
        return jdbc.sql("SELECT count(*) FROM " + fromWhere).query(Integer.class).single();
    }

    private ServiceClient as(String token) {
        return ServiceClient.onPort(port).as(token);
    }
}
