package com.clinicnet.booking.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.clinicnet.booking.SessionRows;
import com.clinicnet.testsupport.DirectoryEvents;
import com.clinicnet.testsupport.HttpResponseBody;
import com.clinicnet.testsupport.PublishedEvents;
import com.clinicnet.testsupport.ServiceClient;
import com.clinicnet.testsupport.ServiceIntegrationTest;
import com.clinicnet.testsupport.TestIdentityProvider;

/**
 * The 8 a.m. rush, through HTTP against the real database: many front desks (each its own caller) asking for the
 * same slots at once. Whatever the interleaving, PostgreSQL's exclusion constraints leave no overlap.
 */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BookingConcurrencyTests {

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

    @Autowired
    DataSource dataSource;

    final UUID clinic = UUID.randomUUID();
    final List<UUID> therapists = new ArrayList<>();
    final UUID client = UUID.randomUUID();
    final AtomicInteger days = new AtomicInteger(2);
    final ExecutorService pool = Executors.newFixedThreadPool(50);

    @BeforeAll
    void a_clinic_with_three_rooms_and_ten_therapists_working_all_day() {
        PublishedEvents.publish(brokers, DirectoryEvents.clinic(clinic, "Rush", "Europe/Lisbon", 3, 10, 1), SOURCE);
        for (int i = 0; i < 10; i++) {
            UUID therapist = UUID.randomUUID();
            therapists.add(therapist);
            PublishedEvents.publish(brokers, DirectoryEvents.allDayTherapist(therapist, clinic, "LOWER_BACK", 2, 1), SOURCE);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT count(*) FROM therapist_view_clinic WHERE clinic_id = :clinic").param("clinic", clinic)
                .query(Integer.class).single() == 10);
        assertThat(ServiceClient.onPort(port).as(identity.client(client)).post("/clients", Map.of("name", "Rush",
                "email", "rush@example.org", "timeZone", "Europe/Lisbon", "language", "en", "preferredChannel", "EMAIL"))
                .status()).isEqualTo(201);
        // her plan at the clinic makes her one of its clients, for whom its front desk books
        assertThat(ServiceClient.onPort(port).as(identity.client(client)).post("/treatment-plans", Map.of(
                "clientId", client.toString(), "therapistId", therapists.getFirst().toString(), "clinicId",
                clinic.toString(), "concern", "LOWER_BACK_PAIN", "sessions", 10, "intervalDays", 7)).status())
                .isEqualTo(201);
    }

    @AfterAll
    void stop_the_crowd() {
        pool.shutdownNow();
    }

    @Test
    void two_hundred_requests_for_one_therapist_slot_give_one_booking_and_199_conflicts() throws Exception {
        ZonedDateTime slot = nextDayAt(LocalTime.of(10, 0));

        List<Integer> statuses = concurrently(200, i -> book(therapists.getFirst(), slot).status());

        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        assertThat(statuses.stream().filter(s -> s == 409)).hasSize(199);
        assertNoOverlaps();
    }

    @Test
    void two_hundred_requests_for_ten_therapists_at_one_time_fill_exactly_the_three_rooms() throws Exception {
        ZonedDateTime slot = nextDayAt(LocalTime.of(14, 0));

        List<Integer> statuses = concurrently(200, i -> book(therapists.get(i % 10), slot).status());

        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(3);
        assertThat(statuses).containsOnly(201, 409);
        assertThat(jdbc.sql("SELECT count(*) FROM session WHERE clinic_id = :clinic AND starts_at = :start AND status = 'BOOKED'")
                .param("clinic", clinic).param("start", java.sql.Timestamp.from(slot.toInstant())).query(Integer.class).single())
                .isEqualTo(3);
        assertNoOverlaps();
    }

    @Test
    void forty_eight_bookings_that_all_fit_succeed_at_once_though_the_pool_has_far_fewer_connections() throws Exception {
        // sixteen half-hour slots (with the buffer) in a row, each taken by three therapists in the three rooms, on a
        // day well clear of the hundred sessions another test spreads over several days
        days.addAndGet(10);
        ZonedDateTime morning = nextDayAt(LocalTime.of(8, 0));

        List<Integer> statuses = concurrently(48, i -> book(therapists.get(4 + i % 3),
                morning.plusMinutes(45L * (i / 3))).status());

        assertThat(statuses).as("a booking holds one database connection from its start to its commit, so bookings "
                + "committing together never wait on each other for a second one").containsOnly(201);
        assertNoOverlaps();
    }

    @Test
    void a_booking_postgresql_aborts_to_break_a_deadlock_is_tried_again_and_booked() throws Exception {
        // given another writer (a clinic's import, say) holding the therapist's 10:00 session uncommitted
        UUID wanted = therapists.get(7);
        days.addAndGet(10);
        ZonedDateTime ten = nextDayAt(LocalTime.of(10, 0));
        try (Connection writer = dataSource.getConnection()) {
            writer.setAutoCommit(false);
            // the writer never gives up first: PostgreSQL aborts whoever checks for a deadlock first
            execute(writer, "SET LOCAL deadlock_timeout = '60s'");
            insert(writer, wanted, 2, ten, Duration.ofMinutes(30));

            // when a client books the therapist at 10:15, which overlaps it, and waits for the writer
            Future<HttpResponseBody> booking = pool.submit(() -> book(wanted, ten.plusMinutes(15)));
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
                            SELECT count(*) FROM pg_stat_activity
                            WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO session%'
                            """).query(Integer.class).single() == 1);
            // and the writer then adds the therapist's 10:45, which overlaps the booking only: each waits for the other
            insert(writer, wanted, 3, ten.plusMinutes(45), Duration.ofMinutes(30));
            writer.rollback();

            // then the booking, aborted by PostgreSQL, is tried again once the writer is gone, and books
            assertThat(booking.get().status()).isEqualTo(201);
        }
        assertNoOverlaps();
    }

    @Test
    void the_same_idempotency_key_ten_times_at_once_books_one_session_and_answers_the_same_each_time() throws Exception {
        ZonedDateTime slot = nextDayAt(LocalTime.of(16, 0));
        String key = UUID.randomUUID().toString();
        Map<String, Object> request = booking(therapists.get(1), slot);
        ServiceClient desk = ServiceClient.onPort(port).as(identity.token("desk-retrying", List.of(com.clinicnet.platform.security.Role.FRONT_DESK), List.of(clinic)));

        List<HttpResponseBody> answers = concurrently(10, i -> desk.postWithKey("/sessions", request, key));

        assertThat(answers).extracting(HttpResponseBody::status).containsOnly(201);
        assertThat(answers).extracting(answer -> answer.json().toString()).containsOnly(answers.getFirst().json().toString());
        assertThat(jdbc.sql("SELECT count(*) FROM session WHERE therapist_id = :therapist AND starts_at = :start")
                .param("therapist", therapists.get(1)).param("start", java.sql.Timestamp.from(slot.toInstant()))
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(desk.postWithKey("/sessions", booking(therapists.get(2), slot), key).status())
                .as("the same key with another body").isEqualTo(422);
    }

    @Test
    void a_hundred_sessions_rescheduled_onto_the_same_slot_at_once_leave_one_there() throws Exception {
        UUID therapist = therapists.get(3);
        List<String> sessions = new ArrayList<>();
        ZonedDateTime first = nextDayAt(LocalTime.of(0, 0));
        for (int i = 0; i < 100; i++) {
            sessions.add(insertBooked(therapist, first.plusMinutes(45L * i)));
        }
        ZonedDateTime target = nextDayAt(LocalTime.of(12, 0));

        List<Integer> statuses = concurrently(100, i -> desk("reschedule-" + i).post("/sessions/" + sessions.get(i)
                + "/reschedule", Map.of("startsAt", target.toOffsetDateTime().toString())).status());

        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        assertThat(statuses).containsOnly(200, 409);
        assertNoOverlaps();
    }

    private void assertNoOverlaps() {
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM session a JOIN session b ON a.id < b.id
                        WHERE a.status = 'BOOKED' AND b.status = 'BOOKED'
                          AND tstzrange(a.starts_at, a.blocked_until) && tstzrange(b.starts_at, b.blocked_until)
                          AND (a.therapist_id = b.therapist_id OR (a.clinic_id = b.clinic_id AND a.room = b.room))
                        """).query(Integer.class).single()).isZero();
    }

    private void insert(Connection writer, UUID therapist, int room, ZonedDateTime start, Duration length)
            throws SQLException {
        try (PreparedStatement insert = writer.prepareStatement("""
                INSERT INTO session (id, client_id, therapist_id, clinic_id, room, starts_at, ends_at, blocked_until,
                                     duration_minutes, buffer_minutes, clinic_time_zone, status, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 10, 'Europe/Lisbon', 'BOOKED', 1)
                """)) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, client);
            insert.setObject(3, therapist);
            insert.setObject(4, clinic);
            insert.setInt(5, room);
            insert.setTimestamp(6, Timestamp.from(start.toInstant()));
            insert.setTimestamp(7, Timestamp.from(start.plus(length).toInstant()));
            insert.setTimestamp(8, Timestamp.from(start.plus(length).plusMinutes(10).toInstant()));
            insert.setLong(9, length.toMinutes());
            insert.executeUpdate();
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private String insertBooked(UUID therapist, ZonedDateTime start) {
        return SessionRows.insertBooked(jdbc, client, therapist, clinic, start.toInstant(), Duration.ofMinutes(30),
                Duration.ofMinutes(10), null).toString();
    }

    private HttpResponseBody book(UUID therapist, ZonedDateTime start) {
        return desk("desk-" + UUID.randomUUID()).post("/sessions", booking(therapist, start));
    }

    private ServiceClient desk(String subject) {
        return ServiceClient.onPort(port).as(identity.token(subject, List.of(com.clinicnet.platform.security.Role.FRONT_DESK),
                List.of(clinic)));
    }

    private Map<String, Object> booking(UUID therapist, ZonedDateTime start) {
        return Map.of("clientId", client.toString(), "therapistId", therapist.toString(), "clinicId", clinic.toString(),
                "startsAt", start.toOffsetDateTime().toString(), "durationMinutes", 30);
    }

    private ZonedDateTime nextDayAt(LocalTime time) {
        return LocalDate.now(clock.withZone(LISBON)).plusDays(days.getAndIncrement()).atTime(time).atZone(LISBON);
    }

    private <T> List<T> concurrently(int count, java.util.function.IntFunction<T> request) throws Exception {
        List<Callable<T>> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            calls.add(() -> request.apply(index));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> result : pool.invokeAll(calls)) {
            results.add(result.get());
        }
        return results;
    }
}
