package com.clinicnet.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.clinicnet.booking.directory.DirectoryRebuild;
import com.clinicnet.events.ClinicUpdatedV1;
import com.clinicnet.events.ClinicUpdatedV2;
import com.clinicnet.events.SpecialtyDescribedV1;
import com.clinicnet.events.TherapistProfileUpdatedV2;
import com.clinicnet.events.TherapistRemovedV1;
import com.clinicnet.events.TherapistProfileUpdatedV1;
import com.clinicnet.events.Topics;
import com.clinicnet.platform.messaging.CloudEventHeaders;
import com.clinicnet.testsupport.DirectoryEvents;
import com.clinicnet.testsupport.HttpResponseBody;
import com.clinicnet.testsupport.PrometheusText;
import com.clinicnet.testsupport.PublishedEvents;
import com.clinicnet.testsupport.ServiceClient;
import com.clinicnet.testsupport.ServiceIntegrationTest;
import com.clinicnet.testsupport.TestIdentityProvider;
import com.clinicnet.testsupport.TopicRecords;

/** A client books a session at a clinic whose directory arrived over Kafka; the result is checked in PostgreSQL and on the topics. */
@ServiceIntegrationTest
class BookingFlowIntegrationTests {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final String THERAPIST_SERVICE = "/clinicnet/therapist-service";

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    DirectoryRebuild rebuild;

    UUID clinicId;
    UUID therapistId;
    UUID clientId;

    @BeforeEach
    void a_clinic_with_two_rooms_and_a_sciatica_expert_known_from_the_directory() {
        clinicId = UUID.randomUUID();
        therapistId = UUID.randomUUID();
        PublishedEvents.publish(brokers, new ClinicUpdatedV1(UUID.randomUUID(), clock.instant(), clinicId, "Baixa",
                "Lisbon", "Rua Augusta 100", "Europe/Lisbon", 2, 10, 1), THERAPIST_SERVICE);
        PublishedEvents.publish(brokers, DirectoryEvents.allDayTherapist(therapistId, clinicId, "SCIATICA", 3, 1),
                THERAPIST_SERVICE);
        await().atMost(WITHIN).until(() -> count("therapist_view_clinic WHERE therapist_id = '" + therapistId + "'") == 1
                && count("clinic_view WHERE id = '" + clinicId + "'") == 1);
        clientId = UUID.randomUUID();
        assertThat(registerClient().status()).isEqualTo(201);
    }

    @Test
    void a_registered_client_has_their_contact_published_and_nothing_else() {
        ConsumerRecord<String, String> contact = TopicRecords.awaitMatching(brokers, Topics.CLIENT_CONTACTS,
                r -> clientId.toString().equals(r.key()), WITHIN).getFirst();

        assertThat(contact.value()).contains("maria@example.org").contains("\"timeZone\":\"Europe/Lisbon\"");
        assertThat(TopicRecords.header(contact, CloudEventHeaders.TYPE))
                .contains("clinicnet.booking.ClientContactUpdated.v2");
    }

    @Test
    void a_booked_session_is_stored_shown_in_the_clinic_zone_and_published_as_session_booked() {
        ZonedDateTime start = tomorrowAt(LocalTime.of(10, 0));

        HttpResponseBody booked = book(therapistId, start, 60);

        assertThat(booked.status()).isEqualTo(201);
        String sessionId = booked.text("id");
        assertThat(OffsetDateTime.parse(booked.text("startsAt"))).isEqualTo(start.toOffsetDateTime());
        assertThat(count("session WHERE id = '" + sessionId + "' AND status = 'BOOKED'")).isEqualTo(1);
        ConsumerRecord<String, String> event = TopicRecords.awaitMatching(brokers, Topics.BOOKING_SESSIONS,
                r -> sessionId.equals(r.key()), WITHIN).getFirst();
        assertThat(TopicRecords.header(event, CloudEventHeaders.TYPE)).contains("clinicnet.booking.SessionBooked.v1");
        assertThat(event.value()).contains("\"clinicTimeZone\":\"Europe/Lisbon\"")
                .contains("\"startsAt\":\"" + start.toInstant() + "\"")
                .doesNotContain("maria@example.org");
        await().atMost(WITHIN).until(() -> count("event_publication WHERE completion_date IS NULL") == 0);
    }

    @Test
    void operators_see_each_committed_booking_and_each_search_per_clinic_and_a_refused_booking_not_at_all() {
        String booked = "clinicnet_sessions_total{application=\"booking-service\",change=\"booked\",clinic=\"" + clinicId + "\"}";
        String searched = "clinicnet_availability_searches_total{application=\"booking-service\",city=\"any\",clinic=\"" + clinicId + "\",found=\"yes\"}";
        ZonedDateTime start = tomorrowAt(LocalTime.of(15, 0));

        assertThat(book(therapistId, start, 60).status()).isEqualTo(201);
        assertThat(book(therapistId, start, 60).status()).isEqualTo(409);
        assertThat(client().get("/availability?clinicId=" + clinicId + "&from=" + start.toOffsetDateTime()
                + "&to=" + start.plusDays(1).toOffsetDateTime()).status()).isEqualTo(200);

        String metrics = metrics();
        assertThat(PrometheusText.valueOf(metrics, booked)).isEqualTo(1.0);
        assertThat(PrometheusText.valueOf(metrics, searched)).isEqualTo(1.0);
        assertThat(metrics).contains("clinicnet_outbox_backlog ").contains("clinicnet_outbox_oldest_age_seconds ")
                .doesNotContain(clientId.toString());
    }

    @Test
    void a_booking_and_a_reschedule_refused_because_the_slot_is_taken_are_counted_as_conflicts_of_the_clinic() {
        String conflicts = "clinicnet_booking_conflicts_total{application=\"booking-service\",clinic=\"" + clinicId + "\"}";
        ZonedDateTime taken = tomorrowAt(LocalTime.of(9, 0));
        assertThat(book(therapistId, taken, 60).status()).isEqualTo(201);
        String later = book(therapistId, taken.plusHours(3), 60).text("id");
        assertThat(metrics()).as("served from zero once the clinic has a booking").contains(conflicts + " 0.0");

        assertThat(book(therapistId, taken, 60).status()).isEqualTo(409);
        assertThat(client().post("/sessions/" + later + "/reschedule",
                Map.of("startsAt", taken.plusMinutes(30).toOffsetDateTime().toString())).status()).isEqualTo(409);
        assertThat(client().post("/sessions/" + later + "/cancel", Map.of()).status()).isEqualTo(200);
        assertThat(client().post("/sessions/" + later + "/cancel", Map.of()).status())
                .as("a 409 for a session already cancelled is no slot conflict").isEqualTo(409);

        assertThat(PrometheusText.valueOf(metrics(), conflicts)).isEqualTo(2.0);
    }

    private String metrics() {
        return ServiceClient.onPort(port).as(TestIdentityProvider.shared().ops()).getText("/actuator/prometheus");
    }

    @Test
    void an_overlapping_booking_of_the_same_therapist_is_a_conflict_and_stores_nothing() {
        ZonedDateTime start = tomorrowAt(LocalTime.of(14, 0));
        assertThat(book(therapistId, start, 60).status()).isEqualTo(201);

        HttpResponseBody second = book(therapistId, start.plusMinutes(30), 30);

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().path("title").asString()).isEqualTo("Conflict");
        assertThat(count("session WHERE therapist_id = '" + therapistId + "'")).isEqualTo(1);
    }

    @Test
    void the_buffer_after_a_session_keeps_the_therapist_from_a_back_to_back_booking() {
        ZonedDateTime start = tomorrowAt(LocalTime.of(16, 0));
        assertThat(book(therapistId, start, 60).status()).isEqualTo(201);

        assertThat(book(therapistId, start.plusMinutes(60), 30).status()).isEqualTo(409);
        assertThat(book(therapistId, start.plusMinutes(70), 30).status()).as("off the quarter-hour grid").isEqualTo(422);
        assertThat(book(therapistId, start.plusMinutes(75), 30).status()).isEqualTo(201);
    }

    @Test
    void ten_clients_racing_for_the_same_slot_leave_exactly_one_session() throws Exception {
        ZonedDateTime start = tomorrowAt(LocalTime.of(18, 0));
        List<Callable<Integer>> racers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            racers.add(() -> book(therapistId, start, 60).status());
        }

        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(10)) {
            for (Future<Integer> status : pool.invokeAll(racers)) {
                statuses.add(status.get());
            }
        }

        assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        assertThat(count("session WHERE therapist_id = '" + therapistId + "' AND status = 'BOOKED'")).isEqualTo(1);
    }

    @Test
    void a_session_type_that_the_clinic_does_not_offer_is_refused_naming_the_field() {
        HttpResponseBody refused = book(therapistId, tomorrowAt(LocalTime.of(11, 0)), 45);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("durationMinutes");
    }

    @Test
    void a_booking_without_a_client_is_a_bad_request_naming_the_field() {
        Map<String, Object> body = new HashMap<>(bookingBody(therapistId, tomorrowAt(LocalTime.of(11, 0)), 60));
        body.remove("clientId");

        HttpResponseBody refused = client().post("/sessions", body);

        assertThat(refused.status()).as(refused.json().toString()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("clientId");
    }

    @Test
    void a_therapist_unknown_to_the_directory_is_refused_naming_the_field() {
        HttpResponseBody refused = book(UUID.randomUUID(), tomorrowAt(LocalTime.of(11, 0)), 60);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("therapistId");
    }

    @Test
    void an_unreadable_directory_record_goes_to_the_dead_letter_topic_is_counted_and_the_consumer_goes_on() {
        String deadLetters = "clinicnet_dead_letters_total{application=\"booking-service\",topic=\"" + Topics.CLINIC_DIRECTORY + "\"}";
        assertThat(metrics()).as("served from zero since startup").contains(deadLetters + " ");
        double before = PrometheusText.valueOf(metrics(), deadLetters);
        String key = UUID.randomUUID().toString();
        PublishedEvents.publishRaw(brokers, Topics.CLINIC_DIRECTORY, key, "{not json".getBytes(StandardCharsets.UTF_8),
                Map.of(CloudEventHeaders.TYPE, "clinicnet.therapist.ClinicUpdated.v1"));

        TopicRecords.awaitMatching(brokers, Topics.deadLetterOf(Topics.CLINIC_DIRECTORY), r -> key.equals(r.key()), WITHIN);
        assertThat(PrometheusText.valueOf(metrics(), deadLetters)).isEqualTo(before + 1);

        UUID laterClinic = UUID.randomUUID();
        PublishedEvents.publish(brokers, new ClinicUpdatedV1(UUID.randomUUID(), clock.instant(), laterClinic, "Porto",
                "Porto", "Rua 1", "Europe/Lisbon", 1, 0, 1), THERAPIST_SERVICE);
        await().atMost(WITHIN).until(() -> count("clinic_view WHERE id = '" + laterClinic + "'") == 1);
    }

    @Test
    void a_stale_copy_of_a_clinic_does_not_overwrite_a_newer_one() {
        PublishedEvents.publish(brokers, new ClinicUpdatedV1(UUID.randomUUID(), clock.instant(), clinicId, "Baixa",
                "Lisbon", "Rua Augusta 100", "Europe/Lisbon", 4, 10, 3), THERAPIST_SERVICE);
        PublishedEvents.publish(brokers, new ClinicUpdatedV1(UUID.randomUUID(), clock.instant(), clinicId, "Baixa",
                "Lisbon", "Rua Augusta 100", "Europe/Lisbon", 1, 10, 2), THERAPIST_SERVICE);
        UUID marker = UUID.randomUUID();
        PublishedEvents.publish(brokers, new ClinicUpdatedV1(UUID.randomUUID(), clock.instant(), marker, "Marker",
                "Lisbon", "Rua 2", "Europe/Lisbon", 1, 10, 1), THERAPIST_SERVICE);

        await().atMost(WITHIN).until(() -> count("clinic_view WHERE id = '" + clinicId + "' AND version = 3") == 1);
        assertThat(jdbc.sql("SELECT treatment_rooms FROM clinic_view WHERE id = :id").param("id", clinicId)
                .query(Integer.class).single()).isEqualTo(4);
    }

    @Test
    void a_client_with_a_red_flag_is_told_to_see_a_doctor_and_nothing_is_booked() {
        describeSciatica();
        assertThat(client().post("/clients/" + clientId + "/intake", Map.of("concerns", List.of("RADIATING_LEG_PAIN"),
                "painLevel", 7, "conditions", List.of("LOSS_OF_BLADDER_OR_BOWEL_CONTROL"))).text("seeADoctorFirst")).isEqualTo("true");

        HttpResponseBody refused = book(therapistId, tomorrowAt(LocalTime.of(9, 0)), 60);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("detail").asString()).contains("see a doctor").doesNotContain("BLADDER");
        assertThat(count("session WHERE client_id = '" + clientId + "'")).isZero();
    }

    @Test
    void a_pregnant_client_is_booked_only_with_a_therapist_trained_in_prenatal_massage() {
        describeSciatica();
        assertThat(client().post("/clients/" + clientId + "/intake", Map.of("concerns", List.of("RADIATING_LEG_PAIN"),
                "painLevel", 4, "conditions", List.of("PREGNANCY"))).status()).isEqualTo(201);

        HttpResponseBody refused = book(therapistId, tomorrowAt(LocalTime.of(9, 0)), 60);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("therapistId");
    }

    @Test
    void the_intake_stays_in_booking_and_never_reaches_an_event() {
        describeSciatica();
        client().post("/clients/" + clientId + "/intake", Map.of("concerns", List.of("RADIATING_LEG_PAIN"),
                "painLevel", 5, "injuriesToAvoid", List.of("left knee ligament")));

        String sessionId = book(therapistId, tomorrowAt(LocalTime.of(12, 0)), 60).text("id");

        ConsumerRecord<String, String> booked = TopicRecords.awaitMatching(brokers, Topics.BOOKING_SESSIONS,
                r -> sessionId.equals(r.key()), WITHIN).getFirst();
        assertThat(booked.value()).doesNotContain("RADIATING").doesNotContain("knee").doesNotContain("painLevel");
        assertThat(ServiceClient.onPort(port).as(TestIdentityProvider.shared().ops())
                .get("/clients/" + clientId + "/intake").status()).as("operations never read intake").isEqualTo(403);
    }

    @Test
    void a_changed_contact_with_quiet_hours_is_published_in_full() {
        HttpResponseBody changed = client().put("/clients/" + clientId, Map.of("name", "Maria Costa",
                "email", "maria.new@example.org", "phone", "+351912345678", "timeZone", "Europe/Lisbon", "language", "pt",
                "preferredChannel", "SMS", "quietHours", Map.of("from", "22:00", "to", "08:00"), "remindersOptOut", true));

        assertThat(changed.status()).isEqualTo(200);
        ConsumerRecord<String, String> contact = TopicRecords.awaitMatching(brokers, Topics.CLIENT_CONTACTS,
                r -> clientId.toString().equals(r.key()) && r.value() != null && r.value().contains("maria.new"), WITHIN).getFirst();
        assertThat(TopicRecords.header(contact, CloudEventHeaders.TYPE)).contains("clinicnet.booking.ClientContactUpdated.v2");
        assertThat(contact.value()).contains("\"quietHoursFrom\":\"22:00:00\"").contains("\"remindersOptOut\":true");
    }

    @Test
    void each_change_to_a_session_and_each_intake_recorded_is_audited_with_who_made_it() {
        describeSciatica();
        assertThat(client().post("/clients/" + clientId + "/intake", Map.of("concerns", List.of("RADIATING_LEG_PAIN"),
                "painLevel", 4)).status()).isEqualTo(201);
        String cancelled = book(therapistId, tomorrowAt(LocalTime.of(9, 0)), 60).text("id");
        String moved = book(therapistId, tomorrowAt(LocalTime.of(11, 0)), 60).text("id");
        ServiceClient ana = ServiceClient.onPort(port).as(TestIdentityProvider.shared().therapist(therapistId));
        UUID completed = SessionRows.insertBooked(jdbc, clientId, therapistId, clinicId,
                clock.instant().minus(Duration.ofHours(3)), Duration.ofHours(1), Duration.ZERO, null);
        UUID missed = SessionRows.insertBooked(jdbc, clientId, therapistId, clinicId,
                clock.instant().minus(Duration.ofHours(5)), Duration.ofHours(1), Duration.ZERO, null);

        assertThat(client().post("/sessions/" + cancelled + "/cancel", Map.of()).status()).isEqualTo(200);
        assertThat(client().post("/sessions/" + moved + "/reschedule", Map.of("startsAt",
                tomorrowAt(LocalTime.of(14, 0)).toOffsetDateTime().toString())).status()).isEqualTo(200);
        assertThat(ana.post("/sessions/" + completed + "/complete", Map.of()).status()).isEqualTo(200);
        assertThat(ana.post("/sessions/" + missed + "/no-show", Map.of()).status()).isEqualTo(200);

        assertThat(audited(clientId.toString())).contains("INTAKE_RECORDED by " + clientId);
        assertThat(audited(cancelled)).containsExactly("SESSION_BOOKED by " + clientId, "SESSION_CANCELLED by " + clientId);
        assertThat(audited(moved)).containsExactly("SESSION_BOOKED by " + clientId, "SESSION_RESCHEDULED by " + clientId);
        assertThat(audited(completed.toString())).containsExactly("SESSION_COMPLETED by " + therapistId);
        assertThat(audited(missed.toString())).containsExactly("SESSION_NO_SHOW by " + therapistId);
    }

    private List<String> audited(String objectId) {
        return jdbc.sql("SELECT action || ' by ' || subject FROM audit_entry WHERE object_id = :id::uuid ORDER BY id")
                .param("id", objectId).query(String.class).list();
    }

    @Test
    void a_cancellation_inside_the_notice_period_is_late_and_one_days_ahead_is_not() {
        ZonedDateTime inThreeHours = clock.instant().plus(Duration.ofHours(3)).atZone(LISBON)
                .truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        // the therapist works until 23:45: a session starting at 23:00 would not fit, so take the next hour
        ZonedDateTime soonStart = inThreeHours.getHour() == 23 ? inThreeHours.plusHours(1) : inThreeHours;
        HttpResponseBody soonBooked = book(therapistId, soonStart, 60);
        assertThat(soonBooked.status()).as(soonBooked.json().toString()).isEqualTo(201);
        String soon = soonBooked.text("id");
        String later = book(therapistId, tomorrowAt(LocalTime.of(8, 0)).plusDays(2), 60).text("id");

        assertThat(client().post("/sessions/" + soon + "/cancel", Map.of()).text("status")).isEqualTo("CANCELLED");
        assertThat(client().post("/sessions/" + later + "/cancel", Map.of()).text("status")).isEqualTo("CANCELLED");

        assertThat(TopicRecords.awaitMatching(brokers, Topics.BOOKING_SESSIONS, r -> soon.equals(r.key())
                && r.value().contains("\"late\":true") && r.value().contains("\"cancelledBy\":\"CLIENT\""), WITHIN)).hasSize(1);
        assertThat(TopicRecords.awaitMatching(brokers, Topics.BOOKING_SESSIONS, r -> later.equals(r.key())
                && r.value().contains("\"late\":false"), WITHIN)).hasSize(1);
        assertThat(count("session WHERE id = '" + soon + "' AND late_cancellation")).isEqualTo(1);
    }

    @Test
    void a_rescheduled_session_moves_and_says_where_it_was() {
        ZonedDateTime first = tomorrowAt(LocalTime.of(13, 0));
        String session = book(therapistId, first, 60).text("id");

        HttpResponseBody moved = client().post("/sessions/" + session + "/reschedule",
                Map.of("startsAt", first.plusHours(4).toOffsetDateTime().toString()));

        assertThat(moved.status()).isEqualTo(200);
        assertThat(OffsetDateTime.parse(moved.text("startsAt"))).isEqualTo(first.plusHours(4).toOffsetDateTime());
        assertThat(TopicRecords.awaitMatching(brokers, Topics.BOOKING_SESSIONS, r -> session.equals(r.key())
                && r.value().contains("\"previousStartsAt\":\"" + first.toInstant() + "\""), WITHIN)).hasSize(1);
        assertThat(book(therapistId, first, 60).status()).as("the old time is free again").isEqualTo(201);
    }

    private void describeSciatica() {
        PublishedEvents.publish(brokers, new SpecialtyDescribedV1(UUID.randomUUID(), clock.instant(), "SCIATICA",
                "Sciatica", List.of("RADIATING_LEG_PAIN")), THERAPIST_SERVICE);
        await().atMost(WITHIN).until(() -> count("concern_specialty WHERE concern = 'RADIATING_LEG_PAIN'") >= 1);
    }

    @Test
    void rebuilding_the_directory_from_the_beginning_of_the_topics_gives_the_same_read_model() {
        UUID lisbon = UUID.randomUUID();
        UUID removed = UUID.randomUUID();
        PublishedEvents.publish(brokers, clinicV2(lisbon, 2, 1), THERAPIST_SERVICE);
        PublishedEvents.publish(brokers, clinicV2(lisbon, 4, 2), THERAPIST_SERVICE);
        PublishedEvents.publish(brokers, therapistV2(therapistId, lisbon, 2), THERAPIST_SERVICE);
        PublishedEvents.publish(brokers, therapistV2(removed, lisbon, 1), THERAPIST_SERVICE);
        PublishedEvents.publish(brokers, new TherapistRemovedV1(UUID.randomUUID(), clock.instant(), removed),
                THERAPIST_SERVICE);
        await().atMost(WITHIN).until(() -> count("therapist_view_shift WHERE therapist_id = '" + therapistId + "'") == 1
                && count("therapist_view WHERE id = '" + removed + "'") == 0
                && count("clinic_view WHERE id = '" + lisbon + "' AND version = 2") == 1);
        String before = snapshotOfTheDirectory();

        int replayed = rebuild.rebuild();

        assertThat(replayed).isGreaterThanOrEqualTo(5);
        assertThat(snapshotOfTheDirectory()).isEqualTo(before);
        assertThat(count("clinic_view_opening_hours WHERE clinic_id = '" + lisbon + "'")).isEqualTo(1);
        assertThat(count("therapist_view_time_off WHERE therapist_id = '" + therapistId + "'")).isEqualTo(1);
    }

    private ClinicUpdatedV2 clinicV2(UUID id, int rooms, long version) {
        return new ClinicUpdatedV2(UUID.randomUUID(), clock.instant(), id, "Baixa", "Lisbon", "Rua Augusta 100",
                "Europe/Lisbon", rooms, 10, 1440, List.of(30, 60),
                List.of(new ClinicUpdatedV2.OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(19, 0))),
                version);
    }

    private TherapistProfileUpdatedV2 therapistV2(UUID id, UUID clinic, long version) {
        return new TherapistProfileUpdatedV2(UUID.randomUUID(), clock.instant(), id, "Ana Sousa", true, List.of("pt"),
                List.of(clinic, clinicId), List.of(new TherapistProfileUpdatedV2.Specialty("SCIATICA", 3)),
                List.of(new TherapistProfileUpdatedV2.WeeklySchedule(LocalDate.now(clock),
                        List.of(new TherapistProfileUpdatedV2.Shift(clinic, DayOfWeek.MONDAY, LocalTime.of(9, 0),
                                LocalTime.of(13, 0))))),
                List.of(new TherapistProfileUpdatedV2.TimeOff(UUID.randomUUID(), clock.instant().plus(Duration.ofDays(3)),
                        clock.instant().plus(Duration.ofDays(4)))),
                version);
    }

    /** Every row of the read model, as text, in a stable order. */
    private String snapshotOfTheDirectory() {
        return List.of("clinic_view", "clinic_view_opening_hours", "therapist_view", "therapist_view_clinic",
                        "therapist_view_specialty", "therapist_view_shift", "therapist_view_time_off").stream()
                .map(table -> table + ": " + jdbc.sql("SELECT t::text FROM " + table + " t ORDER BY 1")
                        .query(String.class).list())
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private HttpResponseBody registerClient() {
        return client().post("/clients", Map.of("name", "Maria Costa", "email", "maria@example.org",
                "timeZone", "Europe/Lisbon", "language", "pt", "preferredChannel", "EMAIL"));
    }

    private HttpResponseBody book(UUID therapist, ZonedDateTime start, int minutes) {
        return client().post("/sessions", bookingBody(therapist, start, minutes));
    }

    private Map<String, Object> bookingBody(UUID therapist, ZonedDateTime start, int minutes) {
        return Map.of("clientId", clientId.toString(), "therapistId", therapist.toString(),
                "clinicId", clinicId.toString(), "startsAt", start.toOffsetDateTime().toString(),
                "durationMinutes", minutes);
    }

    private ZonedDateTime tomorrowAt(LocalTime time) {
        return LocalDate.now(clock.withZone(LISBON)).plusDays(1).atTime(time).atZone(LISBON);
    }

    private int count(String fromWhere) {
        return jdbc.sql("SELECT count(*) FROM " + fromWhere).query(Integer.class).single();
    }

    /** Maria herself, signed in as a client. */
    private ServiceClient client() {
        return ServiceClient.onPort(port).as(TestIdentityProvider.shared().client(clientId));
    }

}
