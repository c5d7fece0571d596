package com.clinicnet.booking.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.clinicnet.testsupport.HttpResponseBody;
import com.clinicnet.testsupport.ServiceClient;
import com.clinicnet.testsupport.ServiceIntegrationTest;
import com.clinicnet.testsupport.TestIdentityProvider;

import tools.jackson.databind.JsonNode;

/**
 * Known answers: a clinic in Lisbon and one in the Azores (an hour apart, both turning their clocks back on
 * 2026-10-25, a 25-hour day), with sessions, plans and follow-ups written straight into PostgreSQL at the edges of
 * their local days, and every figure of every row of 2026-10-25 and 2026-10-26 asserted. Instants are UTC; the
 * comment beside each says the clinic's wall clock.
 */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicDayReportIntegrationTests {

    private static final TestIdentityProvider identity = TestIdentityProvider.shared();
    private static final String FALL_BACK_WEEKEND = "from=2026-10-25&to=2026-10-26";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final UUID lisbon = UUID.randomUUID();
    final UUID azores = UUID.randomUUID();
    final UUID client = UUID.randomUUID();

    @BeforeAll
    void two_clinics_in_two_zones_with_a_weekend_of_sessions_plans_and_follow_ups() {
        // the Azores clinic is written first: the answer is ordered by name, not by when a clinic was added
        clinic(azores, "Report Ponta Delgada", "Ponta Delgada", "Atlantic/Azores");
        clinic(lisbon, "Report Alfama", "Lisboa", "Europe/Lisbon");
        jdbc.sql("""
                        INSERT INTO client (id, name, email, time_zone, language, preferred_channel, version)
                        VALUES (:id, 'Report client', 'report@example.org', 'Europe/Lisbon', 'pt', 'EMAIL', 1)
                        """).param("id", client).update();

        UUID ana = therapist(true, lisbon);
        shift(ana, lisbon, "SUNDAY", "00:30", "02:30");    // across the repeated hour: 180 minutes on 10-25
        shift(ana, lisbon, "MONDAY", "09:00", "17:00");    // 480 minutes, less an hour off on 10-26
        jdbc.sql("INSERT INTO therapist_view_time_off (id, therapist_id, starts_at, ends_at) VALUES (:id, :t, :from, :to)")
                .param("id", UUID.randomUUID()).param("t", ana)
                .param("from", at("2026-10-26T12:00:00Z")).param("to", at("2026-10-26T13:00:00Z")).update();
        UUID rui = therapist(true, lisbon);
        shift(rui, lisbon, "MONDAY", "14:00", "20:00");    // 360 minutes
        UUID gone = therapist(false, lisbon);
        shift(gone, lisbon, "MONDAY", "09:00", "17:00");   // no longer active: not counted
        UUID eva = therapist(true, azores);
        shift(eva, azores, "MONDAY", "10:00", "17:00");    // 420 minutes; no shift on Sunday

        // Lisbon
        session(lisbon, ana, "2026-10-24T22:30:00Z", 60, "COMPLETED", false, "2026-10-20T10:00:00Z"); // 10-24 23:30, before
        session(lisbon, ana, "2026-10-24T23:30:00Z", 60, "COMPLETED", false, "2026-10-20T10:00:00Z"); // 10-25 00:30
        session(lisbon, ana, "2026-10-25T01:30:00Z", 30, "NO_SHOW", false, "2026-10-24T23:10:00Z");   // the second 01:30; booked 10-25 00:10
        session(lisbon, ana, "2026-10-25T23:30:00Z", 90, "CANCELLED", true, "2026-10-25T09:00:00Z");  // 10-25 23:30, late
        session(lisbon, rui, "2026-10-26T00:30:00Z", 60, "BOOKED", false, "2026-10-25T23:59:00Z");    // 10-26 00:30; booked 10-25 23:59
        session(lisbon, rui, "2026-10-26T10:00:00Z", 60, "CANCELLED", false, "2026-10-26T08:00:00Z"); // in time
        session(lisbon, ana, "2026-10-26T11:00:00Z", 90, "COMPLETED", false, "2026-10-01T10:00:00Z");
        session(lisbon, rui, "2026-10-27T00:00:00Z", 60, "BOOKED", false, "2026-10-26T23:59:59Z");    // 10-27 00:00, after; booked 10-26
        // the Azores, an hour behind Lisbon
        session(azores, eva, "2026-10-25T00:30:00Z", 60, "COMPLETED", false, "2026-10-25T00:15:00Z"); // the first 00:30 of 10-25: clocks go back 01:00 -> 00:00
        session(azores, eva, "2026-10-26T00:30:00Z", 60, "BOOKED", false, "2026-10-10T10:00:00Z");    // 10-25 23:30
        session(azores, eva, "2026-10-27T00:30:00Z", 90, "NO_SHOW", false, "2026-10-26T00:30:00Z");   // 10-26 23:30; booked 10-25 23:30

        UUID startedAndDone = plan(lisbon, ana, "2026-10-24T23:30:00Z", "2026-10-26T18:00:00Z");       // started 10-25 00:30
        UUID startedMonday = plan(lisbon, rui, "2026-10-26T10:00:00Z", null);
        plan(lisbon, ana, "2026-09-01T10:00:00Z", "2026-10-25T23:30:00Z");                              // completed 10-25 23:30
        UUID atAzores = plan(azores, eva, "2026-10-26T00:30:00Z", null);                                // started 10-25 23:30
        followUp(startedAndDone, "2026-10-24T23:10:00Z", "RAISED");                                     // 10-25 00:10
        followUp(startedMonday, "2026-10-26T09:00:00Z", "CONVERTED");
        followUp(atAzores, "2026-10-26T00:40:00Z", "CONVERTED");                                        // 10-25 23:40
        followUp(atAzores, "2026-10-27T00:50:00Z", "RAISED");                                           // 10-26 23:50
        followUp(atAzores, null, "PENDING");                                                            // not raised yet
    }

    @Test
    void every_figure_of_every_clinic_and_day_counts_on_the_clinics_own_calendar() {
        HttpResponseBody answer = as(identity.ops()).get("/reports/clinic-days?" + FALL_BACK_WEEKEND);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(ours(answer)).containsExactly(
                row(lisbon, "Report Alfama", "Lisboa", "2026-10-25", 3, 3, 1, 1, 1, 1, 90, 180, "0.5", 1, 1, 1, 0),
                row(lisbon, "Report Alfama", "Lisboa", "2026-10-26", 2, 3, 1, 1, 0, 0, 150, 780, "0.192", 1, 1, 1, 1),
                row(azores, "Report Ponta Delgada", "Ponta Delgada", "2026-10-25", 2, 2, 1, 0, 0, 0, 120, 0, "0.0", 1, 0, 1, 1),
                row(azores, "Report Ponta Delgada", "Ponta Delgada", "2026-10-26", 0, 1, 0, 0, 0, 1, 90, 420, "0.214", 0, 0, 1, 0));
    }

    @Test
    void grafanas_clinic_days_table_shows_every_figure_the_report_answers() {
        List<String> report = StreamSupport.stream(as(identity.ops()).get("/reports/clinic-days?" + FALL_BACK_WEEKEND)
                        .json().spliterator(), false)
                .filter(row -> List.of(lisbon.toString(), azores.toString()).contains(row.path("clinicId").asString()))
                .map(row -> String.join("|", row.path("clinicName").asString(), row.path("city").asString(),
                        row.path("day").asString(), row.path("sessionsBooked").asString(),
                        row.path("sessionsScheduled").asString(), row.path("completed").asString(),
                        row.path("cancelled").asString(), row.path("lateCancelled").asString(),
                        row.path("noShows").asString(), row.path("bookedMinutes").asString(),
                        row.path("shiftMinutes").asString(), row.path("shiftUtilisation").decimalValue().stripTrailingZeros().toPlainString(),
                        row.path("plansStarted").asString(), row.path("plansCompleted").asString(),
                        row.path("followUpsRaised").asString(), row.path("followUpsConverted").asString()))
                .toList();

        List<String> grafana = jdbc.sql(ClinicDaysDashboard.tableSqlFor("2026-10-25", "2026-10-26"))
                .query((row, n) -> {
                    List<String> cells = new java.util.ArrayList<>();
                    for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                        Object cell = row.getObject(column);
                        cells.add(cell instanceof java.math.BigDecimal number
                                ? number.stripTrailingZeros().toPlainString() : String.valueOf(cell));
                    }
                    return String.join("|", cells);
                }).list().stream()
                .filter(row -> row.startsWith("Report Alfama|") || row.startsWith("Report Ponta Delgada|")).toList();

        assertThat(grafana).hasSize(4).containsExactlyElementsOf(report);
    }

    @Test
    void an_administrator_asking_for_one_clinic_gets_only_its_rows_and_days_with_nothing_as_zeros() {
        HttpResponseBody answer = as(identity.admin()).get("/reports/clinic-days?from=2026-10-26&to=2026-10-28&clinicId="
                + azores);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(StreamSupport.stream(answer.json().spliterator(), false).map(JsonNode::toString)).containsExactly(
                row(azores, "Report Ponta Delgada", "Ponta Delgada", "2026-10-26", 0, 1, 0, 0, 0, 1, 90, 420, "0.214", 0, 0, 1, 0),
                row(azores, "Report Ponta Delgada", "Ponta Delgada", "2026-10-27", 0, 0, 0, 0, 0, 0, 0, 0, "0.0", 0, 0, 0, 0),
                row(azores, "Report Ponta Delgada", "Ponta Delgada", "2026-10-28", 0, 0, 0, 0, 0, 0, 0, 0, "0.0", 0, 0, 0, 0));
    }

    @Test
    void a_session_at_half_past_midnight_on_the_spring_forward_day_counts_on_that_day() {
        UUID clinic = UUID.randomUUID();
        clinic(clinic, "Report Spring", "Lisboa", "Europe/Lisbon");
        UUID therapist = therapist(true, clinic);
        shift(therapist, clinic, "SUNDAY", "00:30", "02:30");                                           // 60 minutes that day
        session(clinic, therapist, "2026-03-28T23:30:00Z", 30, "COMPLETED", false, "2026-03-28T23:45:00Z"); // 03-28 23:30
        session(clinic, therapist, "2026-03-29T00:30:00Z", 60, "COMPLETED", false, "2026-03-29T00:45:00Z"); // 03-29 00:30
        session(clinic, therapist, "2026-03-29T22:30:00Z", 30, "NO_SHOW", false, "2026-03-29T22:45:00Z");   // 03-29 23:30 (UTC+1)

        HttpResponseBody answer = as(identity.ops()).get("/reports/clinic-days?from=2026-03-28&to=2026-03-29&clinicId="
                + clinic);

        assertThat(StreamSupport.stream(answer.json().spliterator(), false).map(JsonNode::toString)).containsExactly(
                row(clinic, "Report Spring", "Lisboa", "2026-03-28", 1, 1, 1, 0, 0, 0, 30, 0, "0.0", 0, 0, 0, 0),
                row(clinic, "Report Spring", "Lisboa", "2026-03-29", 2, 2, 1, 0, 0, 1, 90, 60, "1.0", 0, 0, 0, 0));
    }

    @Test
    void in_the_azores_the_spring_forward_day_begins_at_one_because_midnight_never_happens() {
        UUID clinic = UUID.randomUUID();
        clinic(clinic, "Report Spring Azores", "Ponta Delgada", "Atlantic/Azores");
        UUID therapist = therapist(true, clinic);
        session(clinic, therapist, "2026-03-29T00:30:00Z", 30, "COMPLETED", false, "2026-03-29T00:40:00Z"); // 03-28 23:30 (UTC-1)
        session(clinic, therapist, "2026-03-29T01:00:00Z", 60, "COMPLETED", false, "2026-03-29T01:05:00Z"); // 03-29 01:00 (UTC+0)
        session(clinic, therapist, "2026-03-29T23:30:00Z", 30, "NO_SHOW", false, "2026-03-29T23:40:00Z");   // 03-29 23:30

        HttpResponseBody answer = as(identity.ops()).get("/reports/clinic-days?from=2026-03-28&to=2026-03-29&clinicId="
                + clinic);

        assertThat(StreamSupport.stream(answer.json().spliterator(), false).map(JsonNode::toString)).containsExactly(
                row(clinic, "Report Spring Azores", "Ponta Delgada", "2026-03-28", 1, 1, 1, 0, 0, 0, 30, 0, "0.0", 0, 0, 0, 0),
                row(clinic, "Report Spring Azores", "Ponta Delgada", "2026-03-29", 2, 2, 1, 0, 0, 1, 90, 0, "0.0", 0, 0, 0, 0));
    }

    @Test
    void the_answer_names_no_client_and_no_therapist() {
        String answer = as(identity.ops()).get("/reports/clinic-days?" + FALL_BACK_WEEKEND).json().toString();

        assertThat(answer).doesNotContain(client.toString()).doesNotContain("Report client").doesNotContain("Therapist");
        assertThat(jdbc.sql("SELECT id FROM therapist_view").query(UUID.class).list())
                .allSatisfy(therapist -> assertThat(answer).doesNotContain(therapist.toString()));
    }

    @Test
    void clients_therapists_and_front_desks_are_refused() {
        String report = "/reports/clinic-days?" + FALL_BACK_WEEKEND;

        assertThat(as(identity.client(client)).get(report).status()).isEqualTo(403);
        assertThat(as(identity.therapist(UUID.randomUUID())).get(report).status()).isEqualTo(403);
        assertThat(as(identity.frontDesk(lisbon)).get(report + "&clinicId=" + lisbon).status()).isEqualTo(403);
        assertThat(ServiceClient.onPort(port).get(report).status()).isEqualTo(401);
    }

    @Test
    void a_period_of_more_than_92_days_is_a_problem_naming_to() {
        assertProblem("/reports/clinic-days?from=2026-01-01&to=2026-04-03", 400, "to");
        assertThat(as(identity.ops()).get("/reports/clinic-days?from=2026-01-01&to=2026-04-02&clinicId=" + lisbon).json())
                .as("2026-01-01 to 2026-04-02 is 92 days").hasSize(92);
    }

    @Test
    void a_period_that_ends_before_it_starts_is_a_problem_naming_from() {
        assertProblem("/reports/clinic-days?from=2026-10-26&to=2026-10-25", 400, "from");
    }

    @Test
    void a_missing_date_is_a_problem_naming_it() {
        assertProblem("/reports/clinic-days?to=2026-10-25", 400, "from");
        assertProblem("/reports/clinic-days?from=2026-10-25", 400, "to");
    }

    @Test
    void a_date_or_clinic_id_that_cannot_be_read_is_a_problem_naming_it() {
        assertProblem("/reports/clinic-days?from=25-10-2026&to=2026-10-26", 400, "from");
        assertProblem("/reports/clinic-days?from=2026-10-25&to=2026-02-30", 400, "to");
        assertProblem("/reports/clinic-days?" + FALL_BACK_WEEKEND + "&clinicId=alfama", 400, "clinicId");
    }

    @Test
    void a_clinic_booking_does_not_know_is_not_found() {
        HttpResponseBody answer = as(identity.ops()).get("/reports/clinic-days?" + FALL_BACK_WEEKEND + "&clinicId="
                + UUID.randomUUID());

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.text("title")).isEqualTo("Not found");
    }

    private void assertProblem(String path, int status, String field) {
        HttpResponseBody answer = as(identity.ops()).get(path);
        assertThat(answer.status()).as(answer.json().toString()).isEqualTo(status);
        assertThat(answer.json().path("errors").get(0).path("field").asString()).isEqualTo(field);
        assertThat(answer.text("type")).isEqualTo("https://clinicnet.example/problems/" + status);
    }

    /** This class's rows of a network-wide answer, in the order answered: other classes share the database. */
    private List<String> ours(HttpResponseBody answer) {
        return StreamSupport.stream(answer.json().spliterator(), false)
                .filter(row -> List.of(lisbon.toString(), azores.toString()).contains(row.path("clinicId").asString()))
                .map(JsonNode::toString).toList();
    }

    private static String row(UUID clinic, String name, String city, String day, long booked, long scheduled,
            long completed, long cancelled, long lateCancelled, long noShows, long bookedMinutes, long shiftMinutes,
            String utilisation, long plansStarted, long plansCompleted, long followUpsRaised, long followUpsConverted) {
        return String.format("{\"clinicId\":\"%s\",\"clinicName\":\"%s\",\"city\":\"%s\",\"day\":\"%s\","
                + "\"sessionsBooked\":%d,\"sessionsScheduled\":%d,\"completed\":%d,\"cancelled\":%d,\"lateCancelled\":%d,"
                + "\"noShows\":%d,\"bookedMinutes\":%d,\"shiftMinutes\":%d,\"shiftUtilisation\":%s,\"plansStarted\":%d,"
                + "\"plansCompleted\":%d,\"followUpsRaised\":%d,\"followUpsConverted\":%d}",
                clinic, name, city, day, booked, scheduled, completed, cancelled, lateCancelled, noShows, bookedMinutes,
                shiftMinutes, utilisation, plansStarted, plansCompleted, followUpsRaised, followUpsConverted);
    }

    private void clinic(UUID id, String name, String city, String zone) {
        jdbc.sql("""
                        INSERT INTO clinic_view (id, name, city, time_zone, treatment_rooms, buffer_minutes, version)
                        VALUES (:id, :name, :city, :zone, 4, 0, 1)
                        """).param("id", id).param("name", name).param("city", city).param("zone", zone).update();
    }

    private UUID therapist(boolean active, UUID clinic) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO therapist_view (id, name, active, version) VALUES (:id, 'Therapist', :active, 1)")
                .param("id", id).param("active", active).update();
        jdbc.sql("INSERT INTO therapist_view_clinic (therapist_id, clinic_id) VALUES (:id, :clinic)")
                .param("id", id).param("clinic", clinic).update();
        return id;
    }

    private void shift(UUID therapist, UUID clinic, String weekday, String starts, String ends) {
        jdbc.sql("""
                        INSERT INTO therapist_view_shift (therapist_id, effective_from, clinic_id, weekday, starts, ends)
                        VALUES (:t, DATE '2026-01-01', :clinic, :weekday, CAST(:starts AS time), CAST(:ends AS time))
                        """)
                .param("t", therapist).param("clinic", clinic).param("weekday", weekday)
                .param("starts", starts).param("ends", ends).update();
    }

    private void session(UUID clinic, UUID therapist, String startsAt, int minutes, String status, boolean late,
            String bookedAt) {
        Instant start = Instant.parse(startsAt);
        Instant end = start.plusSeconds(minutes * 60L);
        jdbc.sql("""
                        INSERT INTO session (id, client_id, therapist_id, clinic_id, room, starts_at, ends_at,
                                             blocked_until, duration_minutes, buffer_minutes, clinic_time_zone, status,
                                             version, booked_at, late_cancellation)
                        VALUES (:id, :client, :therapist, :clinic, 1, :start, :end, :end, :minutes, 0, 'UTC', :status, 1,
                                :booked, :late)
                        """)
                .param("id", UUID.randomUUID()).param("client", client).param("therapist", therapist)
                .param("clinic", clinic).param("start", Timestamp.from(start)).param("end", Timestamp.from(end))
                .param("minutes", minutes).param("status", status).param("booked", at(bookedAt)).param("late", late)
                .update();
    }

    private UUID plan(UUID clinic, UUID therapist, String createdAt, String completedAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO treatment_plan (id, client_id, therapist_id, clinic_id, concern, sessions_planned,
                                                    interval_days, clinic_time_zone, status, created_at, completed_at)
                        VALUES (:id, :client, :therapist, :clinic, 'LOWER_BACK_PAIN', 4, 7, 'UTC', :status, :created,
                                :completed)
                        """)
                .param("id", id).param("client", client).param("therapist", therapist).param("clinic", clinic)
                .param("status", completedAt == null ? "ACTIVE" : "COMPLETED").param("created", at(createdAt))
                .param("completed", completedAt == null ? null : at(completedAt)).update();
        return id;
    }

    private void followUp(UUID plan, String raisedAt, String state) {
        jdbc.sql("""
                        INSERT INTO follow_up (plan_id, due_date, fires_at, state, raised_at)
                        VALUES (:plan, (SELECT DATE '2026-11-01' + count(*)::int FROM follow_up WHERE plan_id = :plan),
                                TIMESTAMPTZ '2026-10-26T00:00:00Z', :state, :raised)
                        """)
                .param("plan", plan).param("state", state).param("raised", raisedAt == null ? null : at(raisedAt))
                .update();
    }

    private static Timestamp at(String instant) {
        return Timestamp.from(Instant.parse(instant));
    }

    private ServiceClient as(String token) {
        return ServiceClient.onPort(port).as(token);
    }
}
