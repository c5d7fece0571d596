package com.clinicnet.booking.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.clinicnet.booking.DirectoryArrival;
import com.clinicnet.events.SpecialtyDescribedV1;
import com.clinicnet.events.TherapistProfileUpdatedV2;
import com.clinicnet.testsupport.DirectoryEvents;
import com.clinicnet.testsupport.HttpResponseBody;
import com.clinicnet.testsupport.PublishedEvents;
import com.clinicnet.testsupport.ServiceClient;
import com.clinicnet.testsupport.TestIdentityProvider;

/**
 * Baixa, a clinic in Lisbon, where Ana and Bea treat lower backs all day; clients who book, cancel and wait. The
 * waitlist's stories start from here.
 */
final class WaitlistScene {

    static final Duration WITHIN = Duration.ofSeconds(30);
    static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    static final String CONCERN = "LOWER_BACK_PAIN";
    private static final String SOURCE = "/clinicnet/therapist-service";
    private static final TestIdentityProvider identity = TestIdentityProvider.shared();

    final UUID baixa = UUID.randomUUID();
    final TherapistProfileUpdatedV2 ana;
    final UUID bea = UUID.randomUUID();
    private final int port;
    private final String brokers;
    private final JdbcClient jdbc;
    private final Clock clock;

    WaitlistScene(int port, String brokers, JdbcClient jdbc, Clock clock) {
        this.port = port;
        this.brokers = brokers;
        this.jdbc = jdbc;
        this.clock = clock;
        String city = "Lisbon " + UUID.randomUUID();
        PublishedEvents.publish(brokers, new SpecialtyDescribedV1(UUID.randomUUID(), clock.instant(), "LOWER_BACK",
                "Lower back", List.of(CONCERN)), SOURCE);
        PublishedEvents.publish(brokers, DirectoryEvents.clinic(baixa, city, "Europe/Lisbon", 4, 0, 1), SOURCE);
        ana = DirectoryEvents.allDayTherapist(UUID.randomUUID(), baixa, "LOWER_BACK", 2, 1);
        PublishedEvents.publish(brokers, ana, SOURCE);
        PublishedEvents.publish(brokers, DirectoryEvents.allDayTherapist(bea, baixa, "LOWER_BACK", 2, 1), SOURCE);
        DirectoryArrival.awaitShiftsOf(jdbc, ana.therapistId(), bea);
        DirectoryArrival.awaitCatalogueFor(jdbc, CONCERN);
        DirectoryArrival.awaitClinics(jdbc, baixa);
        // Ana's and Bea's new hours are offered to nobody yet: every story starts with an empty line
        awaitAllFreedTimeOffered();
    }

    UUID anaId() {
        return ana.therapistId();
    }

    /** A client registered in Lisbon, speaking Portuguese, told by email. */
    UUID client(String name) {
        UUID id = UUID.randomUUID();
        HttpResponseBody registered = as(id).post("/clients", Map.of("name", name, "email",
                name.toLowerCase().replace(' ', '.') + "@example.org", "timeZone", "Europe/Lisbon", "language", "pt",
                "preferredChannel", "EMAIL"));
        assertThat(registered.status()).as(registered.json().toString()).isEqualTo(201);
        return id;
    }

    /** Two days ahead, at this time of Baixa's clock. */
    ZonedDateTime inTwoDays(LocalTime time) {
        return LocalDate.now(clock.withZone(LISBON)).plusDays(2).atTime(time).atZone(LISBON);
    }

    HttpResponseBody book(UUID client, UUID therapist, ZonedDateTime start) {
        return as(client).post("/sessions", Map.of("clientId", client.toString(), "therapistId", therapist.toString(),
                "clinicId", baixa.toString(), "startsAt", start.toOffsetDateTime().toString(), "durationMinutes", 60));
    }

    UUID booked(UUID client, UUID therapist, ZonedDateTime start) {
        HttpResponseBody booked = book(client, therapist, start);
        assertThat(booked.status()).as(booked.json().toString()).isEqualTo(201);
        return UUID.fromString(booked.text("id"));
    }

    void cancel(UUID client, UUID session) {
        HttpResponseBody cancelled = as(client).post("/sessions/" + session + "/cancel", Map.of());
        assertThat(cancelled.status()).as(cancelled.json().toString()).isEqualTo(200);
    }

    /** The client waits at Baixa, on the weekday of {@code day}, between the two times, for an hour. */
    UUID joins(UUID client, ZonedDateTime day, LocalTime earliest, LocalTime latest, UUID therapist) {
        HttpResponseBody joined = join(client, wish(client, day, earliest, latest, therapist));
        assertThat(joined.status()).as(joined.json().toString()).isEqualTo(201);
        return UUID.fromString(joined.text("id"));
    }

    /** The client waits at Baixa for anyone who treats their concern, on the weekday of {@code day}. */
    UUID joinsForConcern(UUID client, ZonedDateTime day, LocalTime earliest, LocalTime latest) {
        return joins(client, day, earliest, latest, null);
    }

    Map<String, Object> wish(UUID client, ZonedDateTime day, LocalTime earliest, LocalTime latest, UUID therapist) {
        Map<String, Object> wish = new HashMap<>(Map.of("clientId", client.toString(), "clinicId", baixa.toString(),
                "weekdays", List.of(day.getDayOfWeek().name()), "earliest", earliest.toString(), "latest",
                latest.toString(), "durationMinutes", 60));
        if (therapist != null) {
            wish.put("therapistId", therapist.toString());
        }
        else {
            wish.put("concern", CONCERN);
        }
        return wish;
    }

    HttpResponseBody join(UUID client, Map<String, Object> wish) {
        return as(client).post("/waitlist", wish);
    }

    /** The open offer of an entry, once the freed time has been offered. */
    UUID awaitOpenOffer(UUID entry) {
        await().atMost(WITHIN).until(() -> count("waitlist_offer WHERE entry_id = '" + entry + "' AND state = 'OPEN'")
                == 1);
        return jdbc.sql("SELECT id FROM waitlist_offer WHERE entry_id = :entry AND state = 'OPEN'")
                .param("entry", entry).query(UUID.class).single();
    }

    UUID heldSessionOf(UUID offer) {
        return jdbc.sql("SELECT session_id FROM waitlist_offer WHERE id = :id").param("id", offer).query(UUID.class)
                .single();
    }

    String stateOf(UUID offer) {
        return jdbc.sql("SELECT state FROM waitlist_offer WHERE id = :id").param("id", offer).query(String.class)
                .single();
    }

    String entryState(UUID entry) {
        return jdbc.sql("SELECT state FROM waitlist_entry WHERE id = :id").param("id", entry).query(String.class)
                .single();
    }

    /** Once every freed time has been offered, nothing is left to offer. */
    void awaitAllFreedTimeOffered() {
        await().atMost(WITHIN).until(() -> count("freed_time") == 0);
    }

    /** Sessions that hold Ana or Bea at this time: booked or held, never more than one per therapist. */
    int takenAt(UUID therapist, ZonedDateTime start) {
        return count("session WHERE therapist_id = '" + therapist + "' AND starts_at = '" + start.toInstant()
                + "' AND status IN ('BOOKED', 'HELD')");
    }

    int count(String fromWhere) {
        return jdbc.sql("SELECT count(*) FROM " + fromWhere).query(Integer.class).single();
    }

    ServiceClient as(UUID client) {
        return as(identity.client(client));
    }

    ServiceClient as(String token) {
        return ServiceClient.onPort(port).as(token);
    }

    String frontDesk() {
        return identity.frontDesk(baixa);
    }
}
