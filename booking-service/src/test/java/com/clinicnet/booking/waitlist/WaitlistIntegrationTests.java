package com.clinicnet.booking.waitlist;

import static com.clinicnet.booking.waitlist.WaitlistScene.WITHIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
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

import com.clinicnet.events.Topics;
import com.clinicnet.platform.messaging.CloudEventHeaders;
import com.clinicnet.testsupport.DirectoryEvents;
import com.clinicnet.testsupport.HttpResponseBody;
import com.clinicnet.testsupport.PublishedEvents;
import com.clinicnet.testsupport.ServiceIntegrationTest;
import com.clinicnet.testsupport.TopicRecords;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Joana and then Rita wait for Ana on a morning Maria has booked. Maria cancels: the freed hour is held for Joana,
 * first in line, and she is told through a WaitlistSlotOffered event; what she lets go passes to Rita. Through
 * HTTP, PostgreSQL and Kafka.
 */
@ServiceIntegrationTest
class WaitlistIntegrationTests {

    private static final String OFFERED = "clinicnet.booking.WaitlistSlotOffered.v1";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime ELEVEN = LocalTime.of(11, 0);

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    WaitlistOffers offers;

    WaitlistScene scene;
    UUID maria;
    UUID joana;
    UUID rita;
    ZonedDateTime tenOClock;
    UUID mariasSession;

    @BeforeEach
    void maria_has_ana_at_ten_in_two_days_and_joana_then_rita_wait_for_that_hour() {
        scene = new WaitlistScene(port, brokers, jdbc, clock);
        maria = scene.client("Maria Costa");
        joana = scene.client("Joana Reis");
        rita = scene.client("Rita Lopes");
        tenOClock = scene.inTwoDays(TEN);
        mariasSession = scene.booked(maria, scene.anaId(), tenOClock);
    }

    @Test
    void marias_cancellation_frees_ten_oclock_and_it_is_held_for_joana_first_in_line() {
        UUID joanasPlace = scene.joins(joana, tenOClock, TEN, ELEVEN, scene.anaId());
        UUID ritasPlace = scene.joins(rita, tenOClock, TEN, ELEVEN, scene.anaId());

        scene.cancel(maria, mariasSession);

        UUID offer = scene.awaitOpenOffer(joanasPlace);
        UUID held = scene.heldSessionOf(offer);
        assertThat(scene.count("session WHERE id = '" + held + "' AND status = 'HELD' AND client_id = '" + joana
                + "' AND starts_at = '" + tenOClock.toInstant() + "'")).isEqualTo(1);
        scene.awaitAllFreedTimeOffered();
        assertThat(scene.count("waitlist_offer WHERE entry_id = '" + ritasPlace + "'")).as("Rita waits her turn")
                .isZero();
        JsonNode event = offeredEvent(held);
        assertThat(event.path("offerId").asString()).isEqualTo(offer.toString());
        assertThat(event.path("clientId").asString()).isEqualTo(joana.toString());
        assertThat(Duration.between(OffsetDateTime.parse(event.path("occurredAt").asString()),
                OffsetDateTime.parse(event.path("heldUntil").asString()))).isBetween(Duration.ofMinutes(29),
                        Duration.ofMinutes(31));
        assertThat(event.toString()).doesNotContain(WaitlistScene.CONCERN).doesNotContain("Joana");
    }

    @Test
    void while_the_hour_is_held_for_joana_nobody_else_can_book_it() {
        UUID joanasPlace = scene.joins(joana, tenOClock, TEN, ELEVEN, scene.anaId());
        scene.cancel(maria, mariasSession);
        scene.awaitOpenOffer(joanasPlace);

        HttpResponseBody direct = scene.book(rita, scene.anaId(), tenOClock);

        assertThat(direct.status()).isEqualTo(409);
        assertThat(scene.takenAt(scene.anaId(), tenOClock)).isEqualTo(1);
        assertThat(scene.as(joana).get("/clients/" + joana + "/sessions").json()).as("a held time is no session yet")
                .isEmpty();
    }

    @Test
    void joana_takes_the_held_hour_so_it_is_booked_for_her_confirmed_and_she_leaves_the_line() {
        UUID joanasPlace = scene.joins(joana, tenOClock, TEN, ELEVEN, scene.anaId());
        scene.cancel(maria, mariasSession);
        UUID offer = scene.awaitOpenOffer(joanasPlace);

        HttpResponseBody taken = scene.as(joana).post("/waitlist/offers/" + offer + "/take", Map.of());

        assertThat(taken.status()).as(taken.json().toString()).isEqualTo(200);
        UUID session = UUID.fromString(taken.text("sessionId"));
        assertThat(session).isEqualTo(scene.heldSessionOf(offer));
        assertThat(OffsetDateTime.parse(taken.text("starts"))).isEqualTo(tenOClock.toOffsetDateTime());
        assertThat(scene.count("session WHERE id = '" + session + "' AND status = 'BOOKED' AND version = 1"))
                .isEqualTo(1);
        assertThat(scene.stateOf(offer)).isEqualTo("ACCEPTED");
        assertThat(scene.entryState(joanasPlace)).isEqualTo("BOOKED");
        TopicRecords.awaitMatching(brokers, Topics.BOOKING_SESSIONS, r -> session.toString().equals(r.key())
                && TopicRecords.header(r, CloudEventHeaders.TYPE).filter("clinicnet.booking.SessionBooked.v1"::equals)
                        .isPresent(), WITHIN);
        HttpResponseBody again = scene.as(joana).post("/waitlist/offers/" + offer + "/take", Map.of());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("sessionId")).isEqualTo(session.toString());
        assertThat(scene.as(joana).get("/clients/" + joana + "/sessions").json()).hasSize(1);
    }

    @Test
    void joana_declines_so_the_hour_passes_to_rita_and_joana_keeps_her_place() {
        UUID joanasPlace = scene.joins(joana, tenOClock, TEN, ELEVEN, scene.anaId());
        UUID ritasPlace = scene.joins(rita, tenOClock, TEN, ELEVEN, scene.anaId());
        scene.cancel(maria, mariasSession);
        UUID joanasOffer = scene.awaitOpenOffer(joanasPlace);

        HttpResponseBody declined = scene.as(joana).post("/waitlist/offers/" + joanasOffer + "/decline", Map.of());

        assertThat(declined.status()).isEqualTo(204);
        UUID ritasOffer = scene.awaitOpenOffer(ritasPlace);
        assertThat(scene.count("session WHERE id = '" + scene.heldSessionOf(joanasOffer) + "'")).isZero();
        assertThat(scene.count("session WHERE id = '" + scene.heldSessionOf(ritasOffer) + "' AND client_id = '" + rita
                + "' AND status = 'HELD'")).isEqualTo(1);
        assertThat(scene.entryState(joanasPlace)).isEqualTo("WAITING");
        assertThat(scene.as(joana).post("/waitlist/offers/" + joanasOffer + "/take", Map.of()).status())
                .isEqualTo(409);
        assertThat(scene.as(joana).post("/waitlist/offers/" + joanasOffer + "/decline", Map.of()).status())
                .as("declining twice is fine").isEqualTo(204);
    }

    @Test
    void a_hold_that_runs_out_passes_to_rita_and_joanas_late_take_is_refused() {
        UUID joanasPlace = scene.joins(joana, tenOClock, TEN, ELEVEN, scene.anaId());
        UUID ritasPlace = scene.joins(rita, tenOClock, TEN, ELEVEN, scene.anaId());
        scene.cancel(maria, mariasSession);
        UUID joanasOffer = scene.awaitOpenOffer(joanasPlace);

        int expired = offers.expireDue(clock.instant().plus(Duration.ofMinutes(31)));

        assertThat(expired).isGreaterThanOrEqualTo(1);
        assertThat(scene.stateOf(joanasOffer)).isEqualTo("EXPIRED");
        scene.awaitOpenOffer(ritasPlace);
        HttpResponseBody late = scene.as(joana).post("/waitlist/offers/" + joanasOffer + "/take", Map.of());
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().path("detail").asString()).contains("next client in line");
        assertThat(scene.takenAt(scene.anaId(), tenOClock)).isEqualTo(1);
    }

    @Test
    void joana_leaving_while_the_hour_is_held_for_her_passes_it_to_rita() {
        UUID joanasPlace = scene.joins(joana, tenOClock, TEN, ELEVEN, scene.anaId());
        UUID ritasPlace = scene.joins(rita, tenOClock, TEN, ELEVEN, scene.anaId());
        scene.cancel(maria, mariasSession);
        UUID joanasOffer = scene.awaitOpenOffer(joanasPlace);

        assertThat(scene.as(joana).delete("/waitlist/" + joanasPlace).status()).isEqualTo(204);

        assertThat(scene.stateOf(joanasOffer)).isEqualTo("WITHDRAWN");
        assertThat(scene.entryState(joanasPlace)).isEqualTo("LEFT");
        scene.awaitOpenOffer(ritasPlace);
        assertThat(scene.as(joana).delete("/waitlist/" + joanasPlace).status()).as("leaving twice").isEqualTo(204);
    }

    @Test
    void erasing_joana_while_an_hour_is_held_for_her_forgets_her_places_and_passes_the_hour_to_rita() {
        UUID joanasPlace = scene.joins(joana, tenOClock, TEN, ELEVEN, scene.anaId());
        UUID ritasPlace = scene.joins(rita, tenOClock, TEN, ELEVEN, scene.anaId());
        scene.cancel(maria, mariasSession);
        UUID joanasOffer = scene.awaitOpenOffer(joanasPlace);
        UUID held = scene.heldSessionOf(joanasOffer);

        HttpResponseBody erased = scene.as(joana).delete("/clients/" + joana);

        assertThat(erased.status()).as(String.valueOf(erased.json())).isEqualTo(204);
        assertThat(scene.count("waitlist_entry WHERE client_id = '" + joana + "'")).isZero();
        assertThat(scene.count("waitlist_offer WHERE id = '" + joanasOffer + "'")).isZero();
        assertThat(scene.count("session WHERE id = '" + held + "'")).isZero();
        scene.awaitOpenOffer(ritasPlace);
    }

    @Test
    void new_hours_for_bea_are_offered_to_joana_who_waits_for_her_concern_on_a_morning_bea_did_not_work() {
        ZonedDateTime wednesdayish = scene.inTwoDays(LocalTime.of(7, 0));
        scene.booked(maria, scene.anaId(), wednesdayish);
        UUID joanasPlace = scene.joinsForConcern(joana, wednesdayish, LocalTime.of(7, 0), LocalTime.of(8, 0));
        PublishedEvents.publish(brokers, DirectoryEvents.revised(DirectoryEvents.allDayTherapist(scene.bea,
                scene.baixa, "LOWER_BACK", 2, 1), false, List.of(), 2), "/clinicnet/therapist-service");
        scene.awaitAllFreedTimeOffered();
        assertThat(scene.count("waitlist_offer WHERE entry_id = '" + joanasPlace + "'")).as("Bea stopped working")
                .isZero();

        PublishedEvents.publish(brokers, DirectoryEvents.allDayTherapist(scene.bea, scene.baixa, "LOWER_BACK", 2, 3),
                "/clinicnet/therapist-service");

        UUID offer = scene.awaitOpenOffer(joanasPlace);
        assertThat(jdbc.sql("SELECT therapist_id FROM waitlist_offer WHERE id = :id").param("id", offer)
                .query(UUID.class).single()).isEqualTo(scene.bea);
        assertThat(scene.takenAt(scene.bea, wednesdayish)).isEqualTo(1);
    }

    @Test
    void nobody_else_sees_or_decides_joanas_offer_but_baixas_desk_which_knows_her_may_take_it_for_her() {
        scene.booked(joana, scene.bea, scene.inTwoDays(LocalTime.of(15, 0)));
        UUID joanasPlace = scene.joins(joana, tenOClock, TEN, ELEVEN, scene.anaId());
        scene.cancel(maria, mariasSession);
        UUID offer = scene.awaitOpenOffer(joanasPlace);

        assertThat(scene.as(rita).get("/waitlist/offers/" + offer).status()).isEqualTo(404);
        assertThat(scene.as(rita).post("/waitlist/offers/" + offer + "/take", Map.of()).status()).isEqualTo(404);
        assertThat(scene.as(rita).delete("/waitlist/" + joanasPlace).status()).isEqualTo(404);
        assertThat(scene.as(rita).get("/clients/" + joana + "/waitlist").status()).isEqualTo(404);
        JsonNode joanas = scene.as(joana).get("/clients/" + joana + "/waitlist").json();
        assertThat(joanas.get(0).path("latestOffer").path("id").asString()).isEqualTo(offer.toString());
        assertThat(joanas.get(0).path("latestOffer").path("state").asString()).isEqualTo("OPEN");

        HttpResponseBody forHer = scene.as(scene.frontDesk()).post("/waitlist/offers/" + offer + "/take", Map.of());

        assertThat(forHer.status()).as(forHer.json().toString()).isEqualTo(200);
    }

    @Test
    void a_wish_that_cannot_be_met_is_refused_naming_its_field() {
        Map<String, Object> wish = scene.wish(joana, tenOClock, TEN, ELEVEN, scene.anaId());

        assertRefused(with(wish, "concern", WaitlistScene.CONCERN), 422, "concern");
        assertRefused(with(wish, "city", "Lisbon"), 422, "clinicId");
        assertRefused(with(wish, "durationMinutes", 45), 422, "durationMinutes");
        assertRefused(with(wish, "latest", "09:00"), 422, "latest");
        assertRefused(with(wish, "therapistId", UUID.randomUUID().toString()), 422, "therapistId");
        assertRefused(with(wish, "weekdays", List.of()), 400, "weekdays");
        assertRefused(with(wish, "weekdays", List.of("SOMEDAY")), 400, "weekdays");
        assertThat(scene.count("waitlist_entry WHERE client_id = '" + joana + "'")).isZero();
    }

    private void assertRefused(Map<String, Object> wish, int status, String field) {
        HttpResponseBody refused = scene.join(joana, wish);
        assertThat(refused.status()).as(wish + " → " + refused.json()).isEqualTo(status);
        assertThat(refused.json().toString()).contains(field);
    }

    private static Map<String, Object> with(Map<String, Object> wish, String field, Object value) {
        Map<String, Object> changed = new java.util.HashMap<>(wish);
        changed.put(field, value);
        return changed;
    }

    private JsonNode offeredEvent(UUID heldSession) {
        ConsumerRecord<String, String> record = TopicRecords.awaitMatching(brokers, Topics.BOOKING_SESSIONS,
                r -> heldSession.toString().equals(r.key()) && TopicRecords.header(r, CloudEventHeaders.TYPE)
                        .filter(OFFERED::equals).isPresent(), WITHIN).getFirst();
        return JSON.readTree(record.value());
    }
}
