package com.clinicnet.booking;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.clinicnet.events.SpecialtyDescribedV1;
import com.clinicnet.testsupport.DirectoryEvents;
import com.clinicnet.testsupport.HttpResponseBody;
import com.clinicnet.testsupport.PublishedEvents;
import com.clinicnet.testsupport.ServiceClient;
import com.clinicnet.testsupport.ServiceIntegrationTest;
import com.clinicnet.testsupport.TestIdentityProvider;

/** Everything a client or a desk can get wrong when booking, each with its own 4xx problem detail and never a 500. */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BookingBadInputCatalogueTests {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final String SOURCE = "/clinicnet/therapist-service";

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    final UUID clinic = UUID.randomUUID();
    final UUID therapist = UUID.randomUUID();
    final UUID client = UUID.randomUUID();
    final AtomicInteger hours = new AtomicInteger(8);
    String cancelledSession;

    record BadInput(String what, Function<ServiceClient, HttpResponseBody> request, int status, String field) {
    }

    @BeforeAll
    void a_clinic_a_therapist_a_client_and_a_cancelled_session() {
        PublishedEvents.publish(brokers, new SpecialtyDescribedV1(UUID.randomUUID(), clock.instant(), "LOWER_BACK",
                "Lower back", List.of("LOWER_BACK_PAIN")), SOURCE);
        PublishedEvents.publish(brokers, DirectoryEvents.clinic(clinic, "Bad", "Europe/Lisbon", 2, 10, 1), SOURCE);
        PublishedEvents.publish(brokers, DirectoryEvents.allDayTherapist(therapist, clinic, "LOWER_BACK", 2, 1), SOURCE);
        DirectoryArrival.awaitShiftsOf(jdbc, therapist);
        DirectoryArrival.awaitCatalogueFor(jdbc, "LOWER_BACK_PAIN");
        assertThat(me().post("/clients", Map.of("name", "Rita", "email", "rita@example.org", "timeZone", "Europe/Lisbon",
                "language", "pt", "preferredChannel", "EMAIL")).status()).isEqualTo(201);
        cancelledSession = me().post("/sessions", booking(Map.of())).text("id");
        assertThat(me().post("/sessions/" + cancelledSession + "/cancel", Map.of()).status()).isEqualTo(200);
    }

    List<BadInput> catalogue() {
        String tomorrowNoon = at(1, LocalTime.NOON).toOffsetDateTime().toString();
        return List.of(
                new BadInput("a start in the past", c -> c.post("/sessions", booking(Map.of("startsAt",
                        at(-1, LocalTime.NOON).toOffsetDateTime().toString()))), 422, "startsAt"),
                new BadInput("a start off the quarter-hour grid", c -> c.post("/sessions", booking(Map.of("startsAt",
                        at(2, LocalTime.of(10, 7)).toOffsetDateTime().toString()))), 422, "startsAt"),
                new BadInput("a 45-minute session", c -> c.post("/sessions", booking(Map.of("durationMinutes", 45))), 422, "durationMinutes"),
                new BadInput("a therapist unknown to the directory", c -> c.post("/sessions", booking(Map.of("therapistId",
                        UUID.randomUUID().toString()))), 422, "therapistId"),
                new BadInput("a start that is not a date", c -> c.post("/sessions", booking(Map.of("startsAt", "tomorrow"))), 400, "startsAt"),
                new BadInput("a duration given as text", c -> c.post("/sessions", booking(Map.of("durationMinutes", "an hour"))), 400, "durationMinutes"),
                new BadInput("malformed JSON", c -> c.postRaw("/sessions", "{\"clientId\": "), 400, "body"),
                new BadInput("no Idempotency-Key", c -> c.postWithKey("/sessions", booking(Map.of()), null), 400, "Idempotency-Key"),
                new BadInput("an Idempotency-Key reused with a different body", c -> {
                    String key = UUID.randomUUID().toString();
                    c.postWithKey("/sessions", booking(Map.of()), key);
                    return c.postWithKey("/sessions", booking(Map.of()), key);
                }, 422, "Idempotency-Key"),
                new BadInput("rescheduling a cancelled session", c -> c.post("/sessions/" + cancelledSession + "/reschedule",
                        Map.of("startsAt", tomorrowNoon)), 409, null),
                new BadInput("cancelling twice", c -> c.post("/sessions/" + cancelledSession + "/cancel", Map.of()), 409, null),
                new BadInput("a session id that is not an id", c -> c.get("/sessions/yesterday"), 400, "id"),
                new BadInput("a concern no specialty covers", c -> c.get(availability("ITCHY_EARS", 7)), 422, "concern"),
                new BadInput("a search window of 32 days", c -> c.get(availability("LOWER_BACK_PAIN", 32)), 400, "to"),
                new BadInput("a search without a clinic or city", c -> c.get("/availability?from=" + at(1, LocalTime.MIN).toOffsetDateTime()
                        + "&to=" + at(2, LocalTime.MIN).toOffsetDateTime()), 400, "clinicId"),
                new BadInput("a search for a client id that is not an id", c -> c.get(availability("LOWER_BACK_PAIN", 7)
                        + "&clientId=me"), 400, "clientId"),
                new BadInput("a search without dates", c -> c.get("/availability?clinicId=" + clinic), 400, "from"),
                new BadInput("a pain level of 11", c -> c.post("/clients/" + client + "/intake", Map.of("concerns",
                        List.of("LOWER_BACK_PAIN"), "painLevel", 11)), 400, "painLevel"),
                new BadInput("a condition nobody knows", c -> c.post("/clients/" + client + "/intake", Map.of("concerns",
                        List.of("LOWER_BACK_PAIN"), "painLevel", 3, "conditions", List.of("WEREWOLF"))), 400, "conditions[0]"),
                new BadInput("an intake concern no specialty covers", c -> c.post("/clients/" + client + "/intake", Map.of(
                        "concerns", List.of("ITCHY_EARS"), "painLevel", 3)), 422, "concerns"),
                new BadInput("a plan of zero sessions", c -> c.post("/treatment-plans", plan(Map.of("sessions", 0))), 400, "sessions"),
                new BadInput("a plan with a therapist from elsewhere", c -> c.post("/treatment-plans", plan(Map.of("therapistId",
                        UUID.randomUUID().toString()))), 422, "therapistId"),
                new BadInput("booking into another client's plan", c -> c.post("/sessions", booking(Map.of("planId",
                        UUID.randomUUID().toString()))), 422, "planId"),
                new BadInput("a contact without a usable channel", c -> c.put("/clients/" + client, Map.of("name", "Rita",
                        "phone", "+351912345678", "timeZone", "Europe/Lisbon", "language", "pt", "preferredChannel", "EMAIL")), 422, "email"),
                new BadInput("a client time zone that is an offset", c -> c.put("/clients/" + client, Map.of("name", "Rita",
                        "email", "rita@example.org", "timeZone", "+01:00", "language", "pt", "preferredChannel", "EMAIL")), 400, "timeZone"),
                // found by the reliability fuzzer (scenario 7): each was a 500 or an acceptance
                new BadInput("an audit limit of zero (checked by the controller's proxy)", c -> ServiceClient.onPort(port)
                        .as(TestIdentityProvider.shared().ops()).get("/audit?limit=0"), 400, "limit"),
                new BadInput("a concern in lower case", c -> c.get(availability("lower_back_pain", 7)), 400, "concern"),
                new BadInput("a city with a NUL (PostgreSQL refuses it as a parameter)", c -> c.get("/availability?city=Lisbon%00&from="
                        + encoded(at(1, LocalTime.MIN)) + "&to=" + encoded(at(2, LocalTime.MIN))), 400, "city"),
                new BadInput("a search across all of java.time", c -> c.get("/availability?clinicId=" + clinic
                        + "&from=-999999999-01-01T00:00:00%2B18:00&to=%2B999999999-12-31T23:59:59-18:00"), 400, "from"),
                new BadInput("a plan of 2.5 sessions", c -> c.post("/treatment-plans", plan(Map.of("sessions", 2.5))), 400, "sessions"),
                new BadInput("an injury to avoid with a NUL", c -> c.post("/clients/" + client + "/intake", Map.of("concerns",
                        List.of("LOWER_BACK_PAIN"), "painLevel", 3, "injuriesToAvoid", List.of("knee\u0000"))), 400, "injuriesToAvoid[0]"),
                new BadInput("a preferred channel given by its number", c -> c.put("/clients/" + client, Map.of("name", "Rita",
                        "email", "rita@example.org", "timeZone", "Europe/Lisbon", "language", "pt", "preferredChannel", 0)), 400, "preferredChannel"),
                // the staff's pages
                new BadInput("a clinic's day that is not a date", c -> desk().get("/clinics/" + clinic + "/sessions?date=tomorrow"), 400, "date"),
                new BadInput("a clinic's day without a date", c -> desk().get("/clinics/" + clinic + "/sessions"), 400, "date"),
                new BadInput("a clinic's week of 32 days", c -> desk().get("/clinics/" + clinic + "/sessions?from=2026-12-01&to=2027-01-01"), 400, "to"),
                new BadInput("a therapist's sessions without an end", c -> desk().get("/therapists/" + therapist + "/sessions?from=2026-12-01"), 400, "to"),
                new BadInput("a client search of one character", c -> desk().get("/clients?search=R"), 400, "search"),
                new BadInput("a cancellation reason nobody knows", c -> c.post("/sessions/" + cancelledSession + "/cancel",
                        Map.of("reason", "RAINING")), 400, "reason"),
                new BadInput("a cancelled session's client marked arrived", c -> desk().post("/sessions/" + cancelledSession
                        + "/arrival", Map.of()), 409, null),
                new BadInput("a profile typed as anything", c -> c.send("PUT", "/clients/" + client, "*/*",
                        "{}".getBytes(UTF_8)), 415, null));
    }

    @TestFactory
    Stream<DynamicTest> each_bad_input_gets_its_own_4xx_problem_detail_and_never_a_500() {
        return catalogue().stream().map(bad -> DynamicTest.dynamicTest(bad.what(), () -> {
            HttpResponseBody answer = bad.request().apply(me());

            assertThat(answer.status()).as("%s answered %s", bad.what(), answer.json()).isEqualTo(bad.status());
            assertThat(answer.json().toString()).doesNotContain("Exception").doesNotContain("SQL");
            if (bad.field() != null) {
                assertThat(answer.json().path("errors").get(0).path("field").asString()).isEqualTo(bad.field());
            }
        }));
    }

    private ServiceClient desk() {
        return ServiceClient.onPort(port).as(TestIdentityProvider.shared().frontDesk(clinic));
    }

    private Map<String, Object> booking(Map<String, Object> changes) {
        Map<String, Object> booking = new HashMap<>(Map.of("clientId", client.toString(), "therapistId", therapist.toString(),
                "clinicId", clinic.toString(), "durationMinutes", 60,
                "startsAt", at(3, LocalTime.of(hours.getAndIncrement() % 20, 0)).toOffsetDateTime().toString()));
        booking.putAll(changes);
        return booking;
    }

    private Map<String, Object> plan(Map<String, Object> changes) {
        Map<String, Object> plan = new HashMap<>(Map.of("clientId", client.toString(), "therapistId", therapist.toString(),
                "clinicId", clinic.toString(), "concern", "LOWER_BACK_PAIN", "sessions", 4, "intervalDays", 7));
        plan.putAll(changes);
        return plan;
    }

    private String availability(String concern, int days) {
        ZonedDateTime from = at(1, LocalTime.MIN);
        return "/availability?concern=" + concern + "&clinicId=" + clinic + "&from=" + from.toOffsetDateTime() + "&to="
                + from.plusDays(days).toOffsetDateTime();
    }

    private static String encoded(ZonedDateTime time) {
        return time.toOffsetDateTime().toString().replace("+", "%2B");
    }

    private ZonedDateTime at(int days, LocalTime time) {
        return LocalDate.now(clock.withZone(LISBON)).plusDays(days).atTime(time).atZone(LISBON);
    }

    private ServiceClient me() {
        return ServiceClient.onPort(port).as(TestIdentityProvider.shared().client(client));
    }
}
