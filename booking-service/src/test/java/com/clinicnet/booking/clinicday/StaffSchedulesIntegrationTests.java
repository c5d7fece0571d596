package com.clinicnet.booking.clinicday;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.clinicnet.booking.DirectoryArrival;
import com.clinicnet.booking.SessionRows;
import com.clinicnet.events.SpecialtyDescribedV1;
import com.clinicnet.testsupport.DirectoryEvents;
import com.clinicnet.testsupport.HttpResponseBody;
import com.clinicnet.testsupport.PublishedEvents;
import com.clinicnet.testsupport.ServiceClient;
import com.clinicnet.testsupport.ServiceIntegrationTest;
import com.clinicnet.testsupport.TestIdentityProvider;

import tools.jackson.databind.JsonNode;

/**
 * The staff's schedules read from PostgreSQL: a clinic's day for its front desk, a therapist's week for the therapist
 * (first names, what they must know) and for a desk. Two Lisbon clinics, Baixa and Porto, known from Kafka.
 */
@ServiceIntegrationTest
class StaffSchedulesIntegrationTests {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final String THERAPIST_SERVICE = "/clinicnet/therapist-service";
    private static final TestIdentityProvider identity = TestIdentityProvider.shared();

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    UUID baixa;
    UUID porto;
    UUID ana;
    UUID maria;
    UUID rui;

    @BeforeEach
    void baixa_with_ana_a_sciatica_therapist_and_two_clients_maria_and_rui() {
        baixa = UUID.randomUUID();
        porto = UUID.randomUUID();
        ana = UUID.randomUUID();
        PublishedEvents.publish(brokers, new SpecialtyDescribedV1(UUID.randomUUID(), clock.instant(), "SCIATICA",
                "Sciatica", List.of("RADIATING_LEG_PAIN")), THERAPIST_SERVICE);
        PublishedEvents.publish(brokers, DirectoryEvents.clinic(baixa, "Lisbon", "Europe/Lisbon", 3, 10, 1),
                THERAPIST_SERVICE);
        PublishedEvents.publish(brokers, DirectoryEvents.clinic(porto, "Porto", "Europe/Lisbon", 3, 10, 1),
                THERAPIST_SERVICE);
        PublishedEvents.publish(brokers, DirectoryEvents.allDayTherapist(ana, baixa, "SCIATICA", 3, 1),
                THERAPIST_SERVICE);
        DirectoryArrival.awaitShiftsOf(jdbc, ana);
        await().atMost(WITHIN).until(() -> count("clinic_view WHERE id IN ('" + baixa + "', '" + porto + "')") == 2
                && count("concern_specialty WHERE concern = 'RADIATING_LEG_PAIN'") >= 1);
        maria = register("Maria da Conceição Costa", "maria.costa@example.org");
        rui = register("Rui Almeida", "rui.almeida@example.org");
    }

    @Test
    void a_front_desk_sees_its_clinics_day_with_names_rooms_and_statuses_cancelled_sessions_included() {
        // the day after tomorrow: both sessions are more than the clinic's day of notice ahead, whenever this runs
        String first = book(maria, tomorrowAt(LocalTime.of(9, 0)).plusDays(1));
        String second = book(rui, tomorrowAt(LocalTime.of(11, 0)).plusDays(1));
        assertThat(asClient(rui).post("/sessions/" + second + "/cancel", Map.of()).status()).isEqualTo(200);

        HttpResponseBody day = desk(baixa).get("/clinics/" + baixa + "/sessions?date=" + tomorrow().plusDays(1));

        assertThat(day.status()).isEqualTo(200);
        assertThat(day.json().size()).isEqualTo(2);
        JsonNode nine = day.json().get(0);
        assertThat(nine.path("id").asString()).isEqualTo(first);
        assertThat(nine.path("clinicId").asString()).isEqualTo(baixa.toString());
        assertThat(nine.path("therapistId").asString()).isEqualTo(ana.toString());
        assertThat(nine.path("therapistName").asString()).isEqualTo("Therapist " + ana);
        assertThat(nine.path("clientId").asString()).isEqualTo(maria.toString());
        assertThat(nine.path("clientName").asString()).isEqualTo("Maria da Conceição Costa");
        assertThat(nine.path("room").asInt()).isBetween(1, 3);
        assertThat(OffsetDateTime.parse(nine.path("startsAt").asString()))
                .isEqualTo(tomorrowAt(LocalTime.of(9, 0)).plusDays(1).toOffsetDateTime());
        assertThat(OffsetDateTime.parse(nine.path("endsAt").asString()))
                .isEqualTo(tomorrowAt(LocalTime.of(10, 0)).plusDays(1).toOffsetDateTime());
        assertThat(nine.path("clinicTimeZone").asString()).isEqualTo("Europe/Lisbon");
        assertThat(nine.path("durationMinutes").asInt()).isEqualTo(60);
        assertThat(nine.path("status").asString()).isEqualTo("BOOKED");
        assertThat(nine.path("arrivedAt").isNull()).isTrue();
        assertThat(nine.path("lateCancellation").asBoolean()).isFalse();
        assertThat(nine.path("cancellationReason").isNull()).isTrue();
        assertThat(nine.path("version").asLong()).isEqualTo(1);
        assertThat(nine.path("needToKnow").isNull()).as("no intake codes for the desk").isTrue();
        JsonNode eleven = day.json().get(1);
        assertThat(eleven.path("id").asString()).isEqualTo(second);
        assertThat(eleven.path("status").asString()).isEqualTo("CANCELLED");
        assertThat(eleven.path("lateCancellation").asBoolean()).as("cancelled more than a day ahead").isFalse();
        assertThat(eleven.path("version").asLong()).isEqualTo(2);
    }

    @Test
    void another_clinics_desk_an_unknown_clinic_and_a_therapist_all_hear_not_found() {
        book(maria, tomorrowAt(LocalTime.of(9, 0)));
        String path = "/clinics/" + baixa + "/sessions?date=" + tomorrow();

        assertThat(desk(porto).get(path).status()).isEqualTo(404);
        assertThat(desk(porto).get(path).json().path("title").asString()).isEqualTo("Not found");
        assertThat(as(identity.therapist(ana)).get(path).status()).isEqualTo(404);
        assertThat(as(identity.ops()).get(path).status()).isEqualTo(404);
        assertThat(as(identity.admin()).get("/clinics/" + UUID.randomUUID() + "/sessions?date=" + tomorrow()).status())
                .isEqualTo(404);
        assertThat(as(identity.admin()).get(path).json().size()).as("an administrator reads any clinic's day")
                .isEqualTo(1);
    }

    @Test
    void the_fall_back_day_holds_its_25_hours_of_sessions_and_not_the_evening_before() {
        // 25 October 2026 in Lisbon runs from 23:00 UTC on the 24th (UTC+1) to midnight UTC (UTC+0): 25 hours
        UUID therapist = UUID.randomUUID();
        SessionRows.insertBooked(jdbc, maria, therapist, baixa, Instant.parse("2026-10-24T22:00:00Z"),
                Duration.ofHours(1), Duration.ZERO, null);
        UUID justAfterMidnight = SessionRows.insertBooked(jdbc, maria, therapist, baixa,
                Instant.parse("2026-10-24T23:00:00Z"), Duration.ofHours(1), Duration.ZERO, null);
        UUID lateEvening = SessionRows.insertBooked(jdbc, maria, therapist, baixa,
                Instant.parse("2026-10-25T23:00:00Z"), Duration.ofMinutes(30), Duration.ZERO, null);

        HttpResponseBody day = desk(baixa).get("/clinics/" + baixa + "/sessions?date=2026-10-25");

        assertThat(ids(day)).containsExactly(justAfterMidnight.toString(), lateEvening.toString());
        assertThat(OffsetDateTime.parse(day.json().get(0).path("startsAt").asString()))
                .isEqualTo(OffsetDateTime.parse("2026-10-25T00:00+01:00"));
        assertThat(OffsetDateTime.parse(day.json().get(1).path("startsAt").asString()))
                .isEqualTo(OffsetDateTime.parse("2026-10-25T23:00Z"));
        assertThat(day.json().get(1).path("startsAt").asString()).as("winter time again, at UTC+0").endsWith("Z");
    }

    @Test
    void the_spring_forward_day_holds_its_23_hours_of_sessions_and_not_the_next_midnight() {
        // 29 March 2026 in Lisbon runs from midnight UTC (UTC+0) to 23:00 UTC (UTC+1): 23 hours
        UUID therapist = UUID.randomUUID();
        UUID firstThing = SessionRows.insertBooked(jdbc, rui, therapist, baixa, Instant.parse("2026-03-29T00:00:00Z"),
                Duration.ofHours(1), Duration.ZERO, null);
        SessionRows.insertBooked(jdbc, rui, therapist, baixa, Instant.parse("2026-03-29T23:00:00Z"),
                Duration.ofHours(1), Duration.ZERO, null);

        HttpResponseBody day = desk(baixa).get("/clinics/" + baixa + "/sessions?date=2026-03-29");

        assertThat(ids(day)).containsExactly(firstThing.toString());
    }

    @Test
    void a_week_of_the_clinic_is_read_with_from_and_to_inclusive() {
        String monday = book(maria, tomorrowAt(LocalTime.of(9, 0)));
        String sunday = book(rui, tomorrowAt(LocalTime.of(10, 0)).plusDays(6));
        book(rui, tomorrowAt(LocalTime.of(10, 0)).plusDays(7));

        HttpResponseBody week = desk(baixa).get("/clinics/" + baixa + "/sessions?from=" + tomorrow() + "&to="
                + tomorrow().plusDays(6));

        assertThat(ids(week)).containsExactly(monday, sunday);
    }

    @Test
    void a_missing_or_malformed_date_or_a_range_beyond_31_days_is_a_400_naming_the_field() {
        String clinicDay = "/clinics/" + baixa + "/sessions";

        assertThat(field(desk(baixa).get(clinicDay))).isEqualTo("date");
        assertThat(field(desk(baixa).get(clinicDay + "?date=07-12-2026"))).isEqualTo("date");
        assertThat(field(desk(baixa).get(clinicDay + "?from=2026-12-01&to=2027-01-01"))).isEqualTo("to");
        assertThat(field(desk(baixa).get(clinicDay + "?from=2026-12-01"))).isEqualTo("to");
        assertThat(field(desk(baixa).get(clinicDay + "?date=2026-12-01&from=2026-12-01"))).isEqualTo("from");
        assertThat(field(desk(baixa).get(clinicDay + "?date=%2B999999999-12-31"))).as("beyond the four-digit years")
                .isEqualTo("date");
        assertThat(desk(baixa).get(clinicDay + "?from=2026-12-01&to=2026-12-31").status()).isEqualTo(200);
        assertThat(field(as(identity.therapist(ana)).get("/therapists/" + ana + "/sessions?from=2026-12-01")))
                .isEqualTo("to");
        assertThat(field(as(identity.therapist(ana)).get("/therapists/" + ana
                + "/sessions?from=2026-12-01&to=2027-01-05"))).isEqualTo("to");
    }

    @Test
    void the_therapist_sees_first_names_and_what_they_must_know_from_the_intake_and_the_read_is_audited() {
        assertThat(asClient(maria).post("/clients/" + maria + "/intake", Map.of("concerns", List.of("RADIATING_LEG_PAIN"),
                "painLevel", 7, "conditions", List.of("HIGH_BLOOD_PRESSURE"), "injuriesToAvoid", List.of("left knee")))
                .status()).isEqualTo(201);
        String withIntake = book(maria, tomorrowAt(LocalTime.of(9, 0)));
        String withoutIntake = book(rui, tomorrowAt(LocalTime.of(11, 0)));

        HttpResponseBody week = as(identity.therapist(ana)).get("/therapists/" + ana + "/sessions?from=" + tomorrow()
                + "&to=" + tomorrow().plusDays(6));

        assertThat(week.status()).isEqualTo(200);
        assertThat(ids(week)).containsExactly(withIntake, withoutIntake);
        assertThat(week.json().get(0).path("clientName").asString()).isEqualTo("Maria");
        assertThat(week.json().get(0).path("needToKnow").values()).extracting(JsonNode::asString)
                .containsExactly("HIGH_BLOOD_PRESSURE", "INJURIES_TO_AVOID");
        assertThat(week.json().get(1).path("clientName").asString()).isEqualTo("Rui");
        assertThat(week.json().get(1).path("needToKnow").isEmpty()).isTrue();
        assertThat(week.json().toString()).doesNotContain("left knee").doesNotContain("RADIATING_LEG_PAIN")
                .doesNotContain("Costa");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_entry WHERE action = 'INTAKE_READ' AND object_id = :client
                          AND subject = :therapist AND reason = :reason
                        """).param("client", maria).param("therapist", ana.toString())
                .param("reason", "session " + withIntake).query(Integer.class).single()).isEqualTo(1);
        assertThat(count("audit_entry WHERE action = 'INTAKE_READ' AND object_id = '" + rui + "'"))
                .as("nothing was read of a client without an intake").isZero();
    }

    @Test
    void a_cancelled_session_shows_the_therapist_no_intake_codes_as_the_intake_endpoint_would_not() {
        assertThat(asClient(maria).post("/clients/" + maria + "/intake", Map.of("concerns", List.of("RADIATING_LEG_PAIN"),
                "painLevel", 4, "conditions", List.of("HIGH_BLOOD_PRESSURE"))).status()).isEqualTo(201);
        String cancelled = book(maria, tomorrowAt(LocalTime.of(9, 0)));
        assertThat(asClient(maria).post("/sessions/" + cancelled + "/cancel", Map.of()).status()).isEqualTo(200);

        HttpResponseBody week = as(identity.therapist(ana)).get("/therapists/" + ana + "/sessions?from=" + tomorrow()
                + "&to=" + tomorrow());

        assertThat(week.json().get(0).path("status").asString()).isEqualTo("CANCELLED");
        assertThat(week.json().get(0).path("needToKnow").isNull()).isTrue();
        assertThat(as(identity.therapist(ana)).get("/sessions/" + cancelled + "/intake").status()).isEqualTo(404);
    }

    @Test
    void another_therapist_hears_not_found_and_a_desk_sees_full_names_only_at_its_own_clinics() {
        String session = book(maria, tomorrowAt(LocalTime.of(9, 0)));
        String week = "/therapists/" + ana + "/sessions?from=" + tomorrow() + "&to=" + tomorrow().plusDays(6);

        assertThat(as(identity.therapist(UUID.randomUUID())).get(week).status()).isEqualTo(404);
        assertThat(as(identity.admin()).get(week).status()).isEqualTo(404);
        assertThat(as(identity.client(maria)).get(week).status()).isEqualTo(404);
        HttpResponseBody atBaixa = desk(baixa).get(week);
        assertThat(ids(atBaixa)).containsExactly(session);
        assertThat(atBaixa.json().get(0).path("clientName").asString()).isEqualTo("Maria da Conceição Costa");
        assertThat(atBaixa.json().get(0).path("needToKnow").isNull()).isTrue();
        assertThat(ids(desk(porto).get(week))).as("none of Ana's sessions are at Porto").isEmpty();
        assertThat(desk(baixa).get("/therapists/" + UUID.randomUUID() + "/sessions?from=" + tomorrow() + "&to="
                + tomorrow()).status()).as("a therapist unknown to the directory").isEqualTo(404);
    }

    @Test
    void a_clinics_day_and_a_therapists_week_are_read_by_a_range_of_their_start_index() {
        // the tables are small here, so the planner is told neither to scan them whole nor to sort a whole result (an
        // index of the clinic alone, then a sort, costs the same on a near-empty table): what is left is the range
        // scan of the start index, already in order
        String plans = transactions.execute(status -> {
            jdbc.sql("SET LOCAL enable_seqscan = off").update();
            jdbc.sql("SET LOCAL enable_sort = off").update();
            return explain("s.clinic_id = :id") + "\n" + explain("s.therapist_id = :id");
        });

        assertThat(plans).contains("session_by_clinic_and_start").contains("session_by_therapist_and_start");
    }

    private String explain(String whose) {
        return String.join("\n", jdbc.sql("EXPLAIN SELECT s.id FROM session s WHERE " + whose
                        + " AND s.starts_at >= :from AND s.starts_at < :until ORDER BY s.starts_at, s.room")
                .param("id", baixa).param("from", java.sql.Timestamp.from(clock.instant()))
                .param("until", java.sql.Timestamp.from(clock.instant().plus(Duration.ofDays(1))))
                .query(String.class).list());
    }

    private String book(UUID client, ZonedDateTime start) {
        HttpResponseBody booked = asClient(client).post("/sessions", Map.of("clientId", client.toString(),
                "therapistId", ana.toString(), "clinicId", baixa.toString(),
                "startsAt", start.toOffsetDateTime().toString(), "durationMinutes", 60));
        assertThat(booked.status()).as(booked.json().toString()).isEqualTo(201);
        return booked.text("id");
    }

    private UUID register(String name, String email) {
        UUID id = UUID.randomUUID();
        assertThat(asClient(id).post("/clients", Map.of("name", name, "email", email, "timeZone", "Europe/Lisbon",
                "language", "pt", "preferredChannel", "EMAIL")).status()).isEqualTo(201);
        return id;
    }

    private static List<String> ids(HttpResponseBody answer) {
        assertThat(answer.status()).as(answer.json().toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        answer.json().values().forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    private static String field(HttpResponseBody answer) {
        assertThat(answer.status()).as(answer.json().toString()).isEqualTo(400);
        return answer.json().path("errors").get(0).path("field").asString();
    }

    private LocalDate tomorrow() {
        return LocalDate.now(clock.withZone(LISBON)).plusDays(1);
    }

    private ZonedDateTime tomorrowAt(LocalTime time) {
        return tomorrow().atTime(time).atZone(LISBON);
    }

    private int count(String fromWhere) {
        return jdbc.sql("SELECT count(*) FROM " + fromWhere).query(Integer.class).single();
    }

    private ServiceClient desk(UUID clinic) {
        return as(identity.frontDesk(clinic));
    }

    private ServiceClient asClient(UUID client) {
        return as(identity.client(client));
    }

    private ServiceClient as(String token) {
        return ServiceClient.onPort(port).as(token);
    }
}
