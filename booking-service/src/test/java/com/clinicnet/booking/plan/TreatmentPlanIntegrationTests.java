package com.clinicnet.booking.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
import com.clinicnet.testsupport.PrometheusText;
import com.clinicnet.testsupport.ServiceClient;
import com.clinicnet.testsupport.ServiceIntegrationTest;
import com.clinicnet.testsupport.TestIdentityProvider;
import com.clinicnet.testsupport.TopicRecords;

/**
 * A series of weekly sessions. The follow-up timer is driven with a chosen "now" (the controllable clock): the
 * scheduled poll is hours apart in the test profile, so only the test decides when the timer looks.
 */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TreatmentPlanIntegrationTests {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final TestIdentityProvider identity = TestIdentityProvider.shared();

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TreatmentPlans plans;

    @Autowired
    Clock clock;

    final UUID clinic = UUID.randomUUID();
    final UUID therapist = UUID.randomUUID();
    final UUID client = UUID.randomUUID();

    @BeforeAll
    void a_client_and_a_therapist_who_works_every_day() {
        PublishedEvents.publish(brokers, DirectoryEvents.clinic(clinic, "Plans", "Europe/Lisbon", 3, 10, 1), "/clinicnet/therapist-service");
        PublishedEvents.publish(brokers, DirectoryEvents.allDayTherapist(therapist, clinic, "SCIATICA", 3, 1), "/clinicnet/therapist-service");
        DirectoryArrival.awaitShiftsOf(jdbc, therapist);
        DirectoryArrival.awaitClinics(jdbc, clinic);
        assertThat(asClient().post("/clients", Map.of("name", "Joana", "email", "joana@example.org",
                "timeZone", "Europe/Lisbon", "language", "pt", "preferredChannel", "EMAIL")).status()).isEqualTo(201);
    }

    @Test
    void a_completed_session_whose_next_is_not_booked_raises_one_follow_up_at_due_date_minus_lead_time() {
        String plan = startPlan(3);
        completeAStartedSession(plan);
        Instant firesAt = firesAt(plan);
        double raisedBefore = followUpsRaisedForTheClinic();

        assertThat(plans.raiseDueFollowUps(firesAt.minus(Duration.ofMinutes(1)))).isZero();
        assertThat(plans.raiseDueFollowUps(firesAt.plus(Duration.ofMinutes(1)))).isEqualTo(1);
        assertThat(plans.raiseDueFollowUps(firesAt.plus(Duration.ofDays(1)))).isZero();

        var raised = TopicRecords.awaitMatching(brokers, Topics.BOOKING_PLANS, r -> plan.equals(r.key())
                && TopicRecords.header(r, CloudEventHeaders.TYPE).orElse("").endsWith("FollowUpDue.v1"), Duration.ofSeconds(30));
        assertThat(raised).hasSize(1);
        assertThat(raised.getFirst().value()).contains("\"nextSessionNumber\":2").doesNotContain("SCIATICA");
        assertThat(followUpsRaisedForTheClinic()).as("operators see it once").isEqualTo(raisedBefore + 1);
    }

    private double followUpsRaisedForTheClinic() {
        return plansCountedForTheClinic("follow_up_raised");
    }

    private double plansCountedForTheClinic(String change) {
        String series = "clinicnet_plans_total{application=\"booking-service\",change=\"" + change + "\",clinic=\"" + clinic + "\"}";
        return PrometheusText.valueOf(ServiceClient.onPort(port).as(identity.ops()).getText("/actuator/prometheus"),
                series);
    }

    @Test
    void booking_the_next_session_in_time_stops_the_follow_up() {
        String plan = startPlan(3);
        completeAStartedSession(plan);
        Instant firesAt = firesAt(plan);
        double raisedBefore = followUpsRaisedForTheClinic();

        HttpResponseBody next = asClient().post("/sessions", Map.of("clientId", client.toString(), "therapistId",
                therapist.toString(), "clinicId", clinic.toString(), "planId", plan, "durationMinutes", 60,
                "startsAt", LocalDate.now(clock.withZone(LISBON)).plusDays(5).atTime(LocalTime.of(10, 0)).atZone(LISBON)
                        .toOffsetDateTime().toString()));

        assertThat(next.status()).as(next.json().toString()).isEqualTo(201);
        assertThat(plans.raiseDueFollowUps(firesAt.plus(Duration.ofMinutes(1)))).isZero();
        assertThat(followUpState(plan)).isEqualTo("STOPPED");
        assertThat(followUpsRaisedForTheClinic()).isEqualTo(raisedBefore);
    }

    @Test
    void a_plan_session_cancelled_and_not_rebooked_raises_a_follow_up_once_the_grace_period_has_passed() {
        String plan = startPlan(4);
        HttpResponseBody booked = bookInto(plan, inDays(11, 9));
        assertThat(booked.status()).as(booked.json().toString()).isEqualTo(201);

        assertThat(asClient().post("/sessions/" + booked.text("id") + "/cancel", Map.of()).status()).isEqualTo(200);

        assertThat(followUpState(plan)).isEqualTo("PENDING");
        Instant firesAt = firesAt(plan);
        assertThat(Duration.between(clock.instant(), firesAt)).isBetween(Duration.ofHours(23), Duration.ofHours(25));
        assertThat(plans.raiseDueFollowUps(firesAt.minus(Duration.ofMinutes(1)))).isZero();
        assertThat(plans.raiseDueFollowUps(firesAt.plus(Duration.ofMinutes(1)))).isGreaterThanOrEqualTo(1);
        assertThat(followUpState(plan)).isEqualTo("RAISED");
        TopicRecords.awaitMatching(brokers, Topics.BOOKING_PLANS, r -> plan.equals(r.key())
                && TopicRecords.header(r, CloudEventHeaders.TYPE).orElse("").endsWith("FollowUpDue.v1"),
                Duration.ofSeconds(30));
    }

    @Test
    void a_missed_plan_session_rebooked_within_the_grace_period_raises_no_follow_up() {
        String plan = startPlan(4);
        Instant start = clock.instant().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES);
        UUID missed = SessionRows.insertBooked(jdbc, client, therapist, clinic, start, Duration.ofHours(1), Duration.ZERO,
                UUID.fromString(plan));
        assertThat(ServiceClient.onPort(port).as(identity.therapist(therapist)).post("/sessions/" + missed + "/no-show",
                Map.of()).status()).isEqualTo(200);
        assertThat(followUpState(plan)).isEqualTo("PENDING");

        assertThat(bookInto(plan, inDays(12, 9)).status()).isEqualTo(201);

        assertThat(plans.raiseDueFollowUps(firesAt(plan).plus(Duration.ofMinutes(1)))).isGreaterThanOrEqualTo(0);
        assertThat(followUpState(plan)).isEqualTo("STOPPED");
    }

    @Test
    void her_therapist_lengthens_the_plan_and_spaces_its_sessions_out() {
        String plan = startPlan(4);

        HttpResponseBody changed = ServiceClient.onPort(port).as(identity.therapist(therapist))
                .send("PATCH", "/treatment-plans/" + plan, "application/json",
                        "{\"sessions\":6,\"intervalDays\":14}".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(changed.status()).as(String.valueOf(changed.json())).isEqualTo(200);
        assertThat(changed.json().path("sessionsPlanned").asInt()).isEqualTo(6);
        assertThat(jdbc.sql("SELECT sessions_planned || '/' || interval_days FROM treatment_plan WHERE id = :p")
                .param("p", UUID.fromString(plan)).query(String.class).single()).isEqualTo("6/14");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_id = CAST(:p AS uuid) AND action = 'PLAN_CHANGED'")
                .param("p", plan).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void shortening_the_plan_to_the_sessions_given_completes_it_and_fewer_is_refused() {
        String plan = startPlan(3);
        completeAStartedSession(plan);

        assertThat(patch(plan, "{\"sessions\":0}").status()).isEqualTo(400);
        HttpResponseBody done = patch(plan, "{\"sessions\":1}");

        assertThat(done.status()).as(String.valueOf(done.json())).isEqualTo(200);
        assertThat(done.json().path("status").asString()).isEqualTo("COMPLETED");
        TopicRecords.awaitMatching(brokers, Topics.BOOKING_PLANS, r -> plan.equals(r.key())
                && TopicRecords.header(r, CloudEventHeaders.TYPE).orElse("").endsWith("TreatmentPlanCompleted.v1"),
                Duration.ofSeconds(30));
        assertThat(patch(plan, "{\"sessions\":5}").status()).as("a completed plan is not changed").isEqualTo(409);
    }

    @Test
    void a_plan_shortened_below_the_sessions_given_is_refused_naming_sessions() {
        String plan = startPlan(3);
        completeAStartedSession(plan);
        completeAStartedSession(plan);

        HttpResponseBody refused = patch(plan, "{\"sessions\":1}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().toString()).contains("sessions");
        // leaves no follow-up pending for the other stories' timers
        assertThat(asClient().post("/treatment-plans/" + plan + "/end", Map.of()).status()).isEqualTo(200);
    }

    @Test
    void ending_the_plan_early_stops_its_follow_up_and_no_session_is_booked_into_it_after() {
        String plan = startPlan(4);
        completeAStartedSession(plan);
        assertThat(followUpState(plan)).isEqualTo("PENDING");

        HttpResponseBody ended = asClient().post("/treatment-plans/" + plan + "/end", Map.of());

        assertThat(ended.status()).as(String.valueOf(ended.json())).isEqualTo(200);
        assertThat(ended.json().path("status").asString()).isEqualTo("ENDED");
        assertThat(followUpState(plan)).isEqualTo("STOPPED");
        assertThat(asClient().post("/treatment-plans/" + plan + "/end", Map.of()).status()).as("twice").isEqualTo(200);
        assertThat(bookInto(plan, inDays(13, 9)).status()).isEqualTo(422);
        assertThat(ServiceClient.onPort(port).as(identity.ops()).post("/treatment-plans/" + plan + "/end", Map.of())
                .status()).isEqualTo(403);
        assertThat(ServiceClient.onPort(port).as(identity.client(UUID.randomUUID()))
                .post("/treatment-plans/" + plan + "/end", Map.of()).status()).isEqualTo(404);
    }

    private HttpResponseBody patch(String plan, String json) {
        return ServiceClient.onPort(port).as(identity.frontDesk(clinic)).send("PATCH", "/treatment-plans/" + plan,
                "application/json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void a_session_booked_into_a_plan_is_counted_as_a_rebooking_for_its_clinic() {
        String plan = startPlan(3);
        double rebookedBefore = plansCountedForTheClinic("rebooked");

        HttpResponseBody booked = bookInto(plan, inDays(6, 11));

        assertThat(booked.status()).as(booked.json().toString()).isEqualTo(201);
        assertThat(plansCountedForTheClinic("rebooked")).isEqualTo(rebookedBefore + 1);
    }

    @Test
    void a_booking_into_a_plan_refused_because_the_slot_is_taken_counts_no_rebooking() {
        String plan = startPlan(3);
        ZonedDateTime start = inDays(7, 12);
        assertThat(asClient().post("/sessions", sessionAt(start)).status()).isEqualTo(201);
        double rebookedBefore = plansCountedForTheClinic("rebooked");

        HttpResponseBody refused = bookInto(plan, start);

        assertThat(refused.status()).as(refused.json().toString()).isEqualTo(409);
        assertThat(plansCountedForTheClinic("rebooked")).isEqualTo(rebookedBefore);
    }

    @Test
    void booking_the_next_session_while_its_follow_up_is_raised_converts_the_follow_up_once() {
        String plan = startPlan(3);
        completeAStartedSession(plan);
        assertThat(plans.raiseDueFollowUps(firesAt(plan).plus(Duration.ofMinutes(1)))).isEqualTo(1);
        double convertedBefore = plansCountedForTheClinic("follow_up_converted");

        HttpResponseBody next = bookInto(plan, inDays(8, 13));
        HttpResponseBody another = bookInto(plan, inDays(15, 13));

        assertThat(next.status()).as(next.json().toString()).isEqualTo(201);
        assertThat(another.status()).as(another.json().toString()).isEqualTo(201);
        assertThat(followUpState(plan)).isEqualTo("CONVERTED");
        assertThat(plansCountedForTheClinic("follow_up_converted")).as("the second booking converts nothing more")
                .isEqualTo(convertedBefore + 1);
    }

    @Test
    void two_instances_polling_at_the_same_moment_raise_the_follow_up_once() throws Exception {
        String plan = startPlan(3);
        completeAStartedSession(plan);
        Instant after = firesAt(plan).plus(Duration.ofMinutes(1));
        CyclicBarrier together = new CyclicBarrier(2);

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> pollAfter(together, after));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> pollAfter(together, after));

        assertThat(first.get() + second.get()).isEqualTo(1);
        assertThat(followUpState(plan)).isEqualTo("RAISED");
    }

    @Test
    void the_plan_completes_after_its_last_session() {
        String plan = startPlan(1);

        completeAStartedSession(plan);

        assertThat(asClient().get("/treatment-plans/" + plan).text("status")).isEqualTo("COMPLETED");
        TopicRecords.awaitMatching(brokers, Topics.BOOKING_PLANS, r -> plan.equals(r.key())
                && TopicRecords.header(r, CloudEventHeaders.TYPE).orElse("").endsWith("TreatmentPlanCompleted.v1"),
                Duration.ofSeconds(30));
        assertThat(jdbc.sql("SELECT count(*) FROM follow_up WHERE plan_id = :p").param("p", UUID.fromString(plan))
                .query(Integer.class).single()).isZero();
    }

    @Test
    void a_raised_follow_up_keeps_the_moment_it_was_raised_so_the_clinic_days_report_counts_it_that_day() {
        String plan = startPlan(3);
        completeAStartedSession(plan);
        Instant raisedAt = firesAt(plan).plus(Duration.ofMinutes(1));

        assertThat(plans.raiseDueFollowUps(raisedAt)).isEqualTo(1);

        assertThat(jdbc.sql("SELECT raised_at FROM follow_up WHERE plan_id = :p").param("p", UUID.fromString(plan))
                .query(Timestamp.class).single().toInstant()).isEqualTo(raisedAt);
    }

    @Test
    void a_completed_plan_keeps_the_moment_it_was_completed_so_the_clinic_days_report_counts_it_that_day() {
        String plan = startPlan(1);
        Instant before = clock.instant();

        completeAStartedSession(plan);

        assertThat(jdbc.sql("SELECT completed_at FROM treatment_plan WHERE id = :p").param("p", UUID.fromString(plan))
                .query(Timestamp.class).single().toInstant()).isBetween(before.truncatedTo(ChronoUnit.MILLIS),
                        clock.instant());
    }

    @Test
    void each_change_to_a_plan_is_audited_with_who_made_it() {
        String plan = startPlan(1);
        assertThat(bookInto(plan, inDays(6, 15)).status()).isEqualTo(201);

        completeAStartedSession(plan);

        assertThat(jdbc.sql("""
                        SELECT action || ' by ' || subject FROM audit_entry WHERE object_id = :plan ORDER BY id
                        """).param("plan", UUID.fromString(plan)).query(String.class).list())
                .containsExactly("PLAN_STARTED by " + client, "PLAN_SESSION_BOOKED by " + client,
                        "PLAN_COMPLETED by " + therapist);
    }

    @Test
    void searching_for_a_plan_offers_its_therapist_first() {
        UUID colleague = UUID.randomUUID();
        PublishedEvents.publish(brokers, DirectoryEvents.allDayTherapist(colleague, clinic, "SCIATICA", 3, 1), "/clinicnet/therapist-service");
        DirectoryArrival.awaitShiftsOf(jdbc, colleague);
        String plan = startPlan(3);
        java.time.ZonedDateTime from = LocalDate.now(clock.withZone(LISBON)).plusDays(4).atStartOfDay(LISBON);

        var slots = asClient().get("/availability?clinicId=" + clinic + "&planId=" + plan + "&from=" + from.toOffsetDateTime()
                + "&to=" + from.plusDays(1).toOffsetDateTime() + "&duration=60&limit=5").json();

        assertThat(slots).isNotEmpty().allMatch(slot -> slot.path("therapistId").asString().equals(therapist.toString()));
    }

    private int pollAfter(CyclicBarrier together, Instant now) {
        try {
            together.await();
            return plans.raiseDueFollowUps(now);
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String startPlan(int sessions) {
        HttpResponseBody plan = asClient().post("/treatment-plans", Map.of("clientId", client.toString(),
                "therapistId", therapist.toString(), "clinicId", clinic.toString(), "concern", "RADIATING_LEG_PAIN",
                "sessions", sessions, "intervalDays", 7));
        assertThat(plan.status()).as(plan.json().toString()).isEqualTo(201);
        return plan.text("id");
    }

    /** A session of the plan that began two hours ago (bookings cannot be made in the past), then completed. */
    private void completeAStartedSession(String plan) {
        Instant start = clock.instant().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES);
        UUID id = SessionRows.insertBooked(jdbc, client, therapist, clinic, start, Duration.ofHours(1), Duration.ZERO,
                UUID.fromString(plan));
        assertThat(ServiceClient.onPort(port).as(identity.therapist(therapist)).post("/sessions/" + id + "/complete", Map.of())
                .status()).isEqualTo(200);
    }

    private Instant firesAt(String plan) {
        return jdbc.sql("SELECT fires_at FROM follow_up WHERE plan_id = :p").param("p", UUID.fromString(plan))
                .query(Timestamp.class).single().toInstant();
    }

    private String followUpState(String plan) {
        return jdbc.sql("SELECT state FROM follow_up WHERE plan_id = :p").param("p", UUID.fromString(plan))
                .query(String.class).single();
    }

    private HttpResponseBody bookInto(String plan, ZonedDateTime start) {
        Map<String, Object> request = new java.util.HashMap<>(sessionAt(start));
        request.put("planId", plan);
        return asClient().post("/sessions", request);
    }

    private Map<String, Object> sessionAt(ZonedDateTime start) {
        return Map.of("clientId", client.toString(), "therapistId", therapist.toString(), "clinicId", clinic.toString(),
                "durationMinutes", 60, "startsAt", start.toOffsetDateTime().toString());
    }

    /** A time of the clinic's clock some days ahead; each story takes its own, as they share the therapist. */
    private ZonedDateTime inDays(int days, int hour) {
        return LocalDate.now(clock.withZone(LISBON)).plusDays(days).atTime(LocalTime.of(hour, 0)).atZone(LISBON);
    }

    private ServiceClient asClient() {
        return ServiceClient.onPort(port).as(identity.client(client));
    }

}
