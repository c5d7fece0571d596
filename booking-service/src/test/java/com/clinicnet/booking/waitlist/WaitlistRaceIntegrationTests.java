package com.clinicnet.booking.waitlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.clinicnet.testsupport.HttpResponseBody;
import com.clinicnet.testsupport.ServiceIntegrationTest;

/**
 * The waitlist's races, each run with real concurrency against PostgreSQL (the service's own timer offering freed
 * time meanwhile, as a second instance would): whatever wins, one time is held or booked for one client, and one
 * client holds at most one time.
 */
@ServiceIntegrationTest
class WaitlistRaceIntegrationTests {

    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime ELEVEN = LocalTime.of(11, 0);
    private static final int INSTANCES = 3;

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    WaitlistMatching matching;

    @Autowired
    WaitlistOffers offers;

    WaitlistScene scene;
    UUID maria;
    UUID sofia;
    UUID joana;
    UUID rita;
    ZonedDateTime tenOClock;

    @BeforeEach
    void a_morning_at_baixa_with_four_clients() {
        scene = new WaitlistScene(port, brokers, jdbc, clock);
        maria = scene.client("Maria Costa");
        sofia = scene.client("Sofia Neves");
        joana = scene.client("Joana Reis");
        rita = scene.client("Rita Lopes");
        tenOClock = scene.inTwoDays(TEN);
    }

    @Test
    void two_hours_freeing_at_once_go_one_to_joana_and_one_to_rita_never_both_to_joana() {
        UUID mariasSession = scene.booked(maria, scene.anaId(), tenOClock);
        UUID sofiasSession = scene.booked(sofia, scene.bea, tenOClock);
        UUID joanasPlace = scene.joinsForConcern(joana, tenOClock, TEN, ELEVEN);
        UUID ritasPlace = scene.joinsForConcern(rita, tenOClock, TEN, ELEVEN);

        atOnce(List.of(() -> {
            scene.cancel(maria, mariasSession);
            return null;
        }, () -> {
            scene.cancel(sofia, sofiasSession);
            return null;
        }));
        atOnce(IntStream.range(0, INSTANCES).<Supplier<Object>>mapToObj(i -> matching::offerFreedTime).toList());

        UUID joanasOffer = scene.awaitOpenOffer(joanasPlace);
        UUID ritasOffer = scene.awaitOpenOffer(ritasPlace);
        scene.awaitAllFreedTimeOffered();
        assertThat(therapistOf(joanasOffer)).isNotEqualTo(therapistOf(ritasOffer));
        assertThat(scene.takenAt(scene.anaId(), tenOClock)).isEqualTo(1);
        assertThat(scene.takenAt(scene.bea, tenOClock)).isEqualTo(1);
        assertOneTimePerClientAndOneClientPerTime();
    }

    @Test
    void joana_leaving_while_she_is_being_offered_an_hour_never_leaves_her_holding_it() {
        UUID mariasSession = scene.booked(maria, scene.anaId(), tenOClock);
        UUID joanasPlace = scene.joins(joana, tenOClock, TEN, ELEVEN, scene.anaId());
        UUID ritasPlace = scene.joins(rita, tenOClock, TEN, ELEVEN, scene.anaId());
        scene.cancel(maria, mariasSession);

        List<Object> answers = atOnce(List.of(() -> scene.as(joana).delete("/waitlist/" + joanasPlace).status(),
                matching::offerFreedTime, matching::offerFreedTime));

        assertThat(answers.get(0)).isEqualTo(204);
        assertThat(scene.entryState(joanasPlace)).isEqualTo("LEFT");
        scene.awaitAllFreedTimeOffered();
        assertThat(scene.count("waitlist_offer WHERE entry_id = '" + joanasPlace + "' AND state = 'OPEN'")).isZero();
        scene.awaitOpenOffer(ritasPlace);
        assertOneTimePerClientAndOneClientPerTime();
    }

    @RepeatedTest(3)
    void a_take_at_the_instant_the_hold_runs_out_either_books_or_passes_the_hour_on_never_both() {
        UUID mariasSession = scene.booked(maria, scene.anaId(), tenOClock);
        UUID joanasPlace = scene.joins(joana, tenOClock, TEN, ELEVEN, scene.anaId());
        UUID ritasPlace = scene.joins(rita, tenOClock, TEN, ELEVEN, scene.anaId());
        scene.cancel(maria, mariasSession);
        UUID offer = scene.awaitOpenOffer(joanasPlace);
        Instant deadline = clock.instant().plusMillis(300);
        jdbc.sql("UPDATE waitlist_offer SET held_until = :deadline WHERE id = :id")
                .param("deadline", Timestamp.from(deadline)).param("id", offer).update();

        List<Object> answers = atOnce(List.of(
                () -> scene.as(joana).post("/waitlist/offers/" + offer + "/take", Map.of()).status(),
                () -> offers.expireDue(deadline)));

        String outcome = scene.stateOf(offer);
        if (answers.get(0).equals(200)) {
            assertThat(outcome).isEqualTo("ACCEPTED");
            assertThat(scene.count("session WHERE id = '" + scene.heldSessionOf(offer) + "' AND status = 'BOOKED'"))
                    .isEqualTo(1);
        }
        else {
            assertThat(answers.get(0)).isEqualTo(409);
            assertThat(outcome).isEqualTo("EXPIRED");
            assertThat(scene.count("session WHERE id = '" + scene.heldSessionOf(offer) + "'")).isZero();
            scene.awaitOpenOffer(ritasPlace);
        }
        assertThat(scene.takenAt(scene.anaId(), tenOClock)).isEqualTo(1);
        assertOneTimePerClientAndOneClientPerTime();
    }

    @RepeatedTest(3)
    void a_direct_booking_racing_the_hold_leaves_the_hour_to_exactly_one_of_them() {
        UUID mariasSession = scene.booked(maria, scene.anaId(), tenOClock);
        UUID joanasPlace = scene.joins(joana, tenOClock, TEN, ELEVEN, scene.anaId());

        List<Object> answers = atOnce(List.of(() -> {
            scene.cancel(maria, mariasSession);
            return scene.book(sofia, scene.anaId(), tenOClock).status();
        }, matching::offerFreedTime, matching::offerFreedTime));

        scene.awaitAllFreedTimeOffered();
        boolean held = scene.count("waitlist_offer WHERE entry_id = '" + joanasPlace + "' AND state = 'OPEN'") == 1;
        assertThat(answers.get(0)).isEqualTo(held ? 409 : 201);
        assertThat(scene.takenAt(scene.anaId(), tenOClock)).isEqualTo(1);
        assertOneTimePerClientAndOneClientPerTime();
    }

    /** Runs each at the same moment, on its own thread; their answers in order. */
    private static List<Object> atOnce(List<Supplier<Object>> actions) {
        CyclicBarrier start = new CyclicBarrier(actions.size());
        List<CompletableFuture<Object>> running = actions.stream().map(action -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            }
            catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return action.get();
        })).toList();
        return running.stream().map(CompletableFuture::join).toList();
    }

    private UUID therapistOf(UUID offer) {
        return jdbc.sql("SELECT therapist_id FROM waitlist_offer WHERE id = :id").param("id", offer)
                .query(UUID.class).single();
    }

    /** No client with two open offers; every held session is one open offer's, and every open offer holds one. */
    private void assertOneTimePerClientAndOneClientPerTime() {
        assertThat(scene.count("""
                (SELECT e.client_id FROM waitlist_offer o JOIN waitlist_entry e ON e.id = o.entry_id
                 WHERE o.state = 'OPEN' GROUP BY e.client_id HAVING count(*) > 1) twice""")).isZero();
        assertThat(scene.count("""
                session s WHERE s.status = 'HELD'
                  AND NOT EXISTS (SELECT 1 FROM waitlist_offer o WHERE o.session_id = s.id AND o.state = 'OPEN')"""))
                .isZero();
        assertThat(scene.count("""
                waitlist_offer o WHERE o.state = 'OPEN'
                  AND NOT EXISTS (SELECT 1 FROM session s WHERE s.id = o.session_id AND s.status = 'HELD')"""))
                .isZero();
        assertThat(scene.count("""
                waitlist_offer o JOIN waitlist_entry e ON e.id = o.entry_id
                WHERE o.state = 'OPEN' AND e.state <> 'WAITING'""")).as("nobody out of line holds a time").isZero();
    }
}
