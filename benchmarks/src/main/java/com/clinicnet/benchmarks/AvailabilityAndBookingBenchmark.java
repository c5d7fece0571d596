package com.clinicnet.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.clinicnet.events.ClinicUpdatedV2;
import com.clinicnet.events.SpecialtyDescribedV1;
import com.clinicnet.events.TherapistProfileUpdatedV2;
import com.clinicnet.launcher.ServiceProcess;
import com.clinicnet.testsupport.HttpResponseBody;
import com.clinicnet.testsupport.PublishedEvents;
import com.clinicnet.testsupport.RealInfrastructure;
import com.clinicnet.testsupport.ServiceClient;
import com.clinicnet.testsupport.TestIdentityProvider;

/**
 * Issue 5's benchmark: availability for one city over 14 days with 20 clinics, 200 therapists and 20,000 booked
 * sessions (p50/p99 and throughput), then booking throughput on free slots. Real booking-service process (C2 JIT,
 * -Xmx512m), embedded PostgreSQL 17 and KRaft Kafka, all on this machine. Writes target/benchmark-booking.json.
 */
public final class AvailabilityAndBookingBenchmark {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final int CLINICS = 20;
    private static final int THERAPISTS_PER_CLINIC = 10;
    private static final int SESSIONS = 20_000;
    private static final int SEARCHES = 200;
    private static final int BOOKINGS = 400;
    private static final int CLIENT_THREADS = 4;
    private static final String CITY = "Benchmarkville";
    private static final String SOURCE = "/clinicnet/therapist-service";

    private final RealInfrastructure infrastructure = RealInfrastructure.shared();
    private final TestIdentityProvider identity = TestIdentityProvider.shared();
    private final LocalDate firstDay = LocalDate.now(LISBON).plusDays(2);
    private final List<UUID> clinics = new ArrayList<>();
    private final List<UUID> therapists = new ArrayList<>();
    private final UUID client = UUID.randomUUID();

    public static void main(String[] args) {
        int status = 0;
        try {
            new AvailabilityAndBookingBenchmark().run();
        }
        catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        // the embedded broker's threads would keep the JVM alive
        System.exit(status);
    }

    private void run() throws Exception {
        Path project = Path.of(System.getProperty("clinicnet.project", "..")).toAbsolutePath().normalize();
        int port = freePort();
        ServiceProcess booking = ServiceProcess.springBootJar("booking-service",
                project.resolve("booking-service/target/booking-service.jar"), port, project.resolve("benchmarks/target/logs"),
                List.of("-Xmx512m", "-XX:+UseSerialGC"),
                List.of("--spring.datasource.url=" + infrastructure.jdbcUrl("benchmark_booking"),
                        "--spring.datasource.username=" + infrastructure.username(),
                        "--spring.datasource.password=" + infrastructure.password(),
                        "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                        "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestIdentityProvider.ISSUER,
                        "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + identity.jwkSetUri(),
                        "--clinicnet.security.rate-limit.requests-per-period=1000000",
                        "--logging.level.root=warn"));
        try {
            booking.start();
            System.out.printf("booking-service ready in %.1f s%n", booking.awaitReady(Duration.ofMinutes(3)).toMillis() / 1000.0);
            ServiceClient api = ServiceClient.onPort(port).as(identity.client(client));
            seedDirectory();
            awaitReadModel();
            api.post("/clients", Map.of("name", "Bench", "email", "bench@example.org", "timeZone", "Europe/Lisbon",
                    "language", "en", "preferredChannel", "EMAIL"));
            seedSessions();
            Result search = measureSearches(api);
            Result book = measureBookings(port);
            report(search, book, booking);
        }
        finally {
            booking.stop();
        }
    }

    private void seedDirectory() {
        PublishedEvents.publish(infrastructure.kafkaBootstrapServers(), new SpecialtyDescribedV1(UUID.randomUUID(),
                Instant.now(), "LOWER_BACK", "Lower back", List.of("LOWER_BACK_PAIN")), SOURCE);
        for (int c = 0; c < CLINICS; c++) {
            UUID clinic = UUID.randomUUID();
            clinics.add(clinic);
            PublishedEvents.publish(infrastructure.kafkaBootstrapServers(), new ClinicUpdatedV2(UUID.randomUUID(),
                    Instant.now(), clinic, "Clinic " + c, CITY, "Street " + c, LISBON.getId(), THERAPISTS_PER_CLINIC, 10, 1440,
                    List.of(30, 60, 90), List.of(), 1), SOURCE);
            for (int t = 0; t < THERAPISTS_PER_CLINIC; t++) {
                UUID therapist = UUID.randomUUID();
                therapists.add(therapist);
                List<TherapistProfileUpdatedV2.Shift> shifts = Arrays.stream(DayOfWeek.values())
                        .filter(day -> day != DayOfWeek.SUNDAY)
                        .map(day -> new TherapistProfileUpdatedV2.Shift(clinic, day, LocalTime.of(8, 0), LocalTime.of(20, 0)))
                        .toList();
                PublishedEvents.publish(infrastructure.kafkaBootstrapServers(), new TherapistProfileUpdatedV2(UUID.randomUUID(),
                        Instant.now(), therapist, "Therapist " + t, true, List.of("pt"), List.of(clinic),
                        List.of(new TherapistProfileUpdatedV2.Specialty("LOWER_BACK", 1 + t % 3)),
                        List.of(new TherapistProfileUpdatedV2.WeeklySchedule(LocalDate.now(LISBON).minusDays(1), shifts)),
                        List.of(), 1), SOURCE);
            }
        }
    }

    private void awaitReadModel() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (count("SELECT count(*) FROM therapist_view_shift") < therapists.size() * 6L) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The read model did not fill in time");
            }
            Thread.sleep(200);
        }
    }

    /** 100 sessions per therapist over the 14 days, on the half hours the bookings below never use. */
    private void seedSessions() throws SQLException {
        try (Connection db = connection(); PreparedStatement insert = db.prepareStatement("""
                INSERT INTO session (id, client_id, therapist_id, clinic_id, room, starts_at, ends_at, blocked_until,
                                     duration_minutes, buffer_minutes, clinic_time_zone, status, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 60, 10, 'Europe/Lisbon', 'BOOKED', 1)""")) {
            db.setAutoCommit(false);
            int perTherapist = SESSIONS / therapists.size();
            for (int t = 0; t < therapists.size(); t++) {
                for (int s = 0; s < perTherapist; s++) {
                    ZonedDateTime start = workingDay(s / 7).atTime(8, 30).plusMinutes(90L * (s % 7)).atZone(LISBON);
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, client);
                    insert.setObject(3, therapists.get(t));
                    insert.setObject(4, clinics.get(t / THERAPISTS_PER_CLINIC));
                    insert.setInt(5, 1 + t % THERAPISTS_PER_CLINIC);
                    insert.setTimestamp(6, Timestamp.from(start.toInstant()));
                    insert.setTimestamp(7, Timestamp.from(start.plusHours(1).toInstant()));
                    insert.setTimestamp(8, Timestamp.from(start.plusMinutes(70).toInstant()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            db.commit();
        }
        System.out.printf("seeded %d clinics, %d therapists, %d sessions%n", clinics.size(), therapists.size(),
                count("SELECT count(*) FROM session"));
    }

    /** The n-th day from the first that is not a Sunday (the therapists here work Monday to Saturday). */
    private LocalDate workingDay(int n) {
        LocalDate day = firstDay;
        for (int found = day.getDayOfWeek() == DayOfWeek.SUNDAY ? -1 : 0; found < n || day.getDayOfWeek() == DayOfWeek.SUNDAY; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                found++;
            }
        }
        return day;
    }

    private Result measureSearches(ServiceClient api) throws Exception {
        ZonedDateTime from = firstDay.atStartOfDay(LISBON);
        String path = "/availability?concern=LOWER_BACK_PAIN&city=" + CITY + "&from=" + from.toOffsetDateTime()
                + "&to=" + from.plusDays(14).toOffsetDateTime() + "&duration=60&limit=100";
        HttpResponseBody probe = api.get(path);
        if (probe.status() != 200 || probe.json().size() == 0) {
            throw new IllegalStateException("Search answered " + probe.status() + " " + probe.json());
        }
        for (int i = 0; i < 20; i++) {
            api.get(path);
        }
        return timed(SEARCHES, i -> {
            HttpResponseBody answer = api.get(path);
            if (answer.status() != 200) {
                throw new IllegalStateException("Search answered " + answer.status());
            }
        });
    }

    private Result measureBookings(int port) throws Exception {
        return timed(BOOKINGS, i -> {
            UUID therapist = therapists.get(i % therapists.size());
            int slot = i / therapists.size();
            ZonedDateTime start = workingDay(slot).atTime(19, 0).atZone(LISBON);
            HttpResponseBody answer = ServiceClient.onPort(port).as(identity.client(client)).post("/sessions", Map.of(
                    "clientId", client.toString(), "therapistId", therapist.toString(),
                    "clinicId", clinics.get(therapists.indexOf(therapist) / THERAPISTS_PER_CLINIC).toString(),
                    "startsAt", start.toOffsetDateTime().toString(), "durationMinutes", 60));
            if (answer.status() != 201) {
                throw new IllegalStateException("Booking answered " + answer.status() + " " + answer.json());
            }
        });
    }

    private Result timed(int requests, IntConsumerWithException request) throws Exception {
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(CLIENT_THREADS);
        long begin = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            int index = i;
            done.add(pool.submit(() -> {
                long start = System.nanoTime();
                request.accept(index);
                nanos.add(System.nanoTime() - start);
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return new Result(requests, requests / seconds, percentile(sorted, 0.50), percentile(sorted, 0.99));
    }

    private void report(Result search, Result book, ServiceProcess booking) throws IOException {
        String json = """
                {"date":"%s","cores":%d,"jdk":"%s","clinics":%d,"therapists":%d,"existingSessions":%d,\
                "availability":{"requests":%d,"concurrency":%d,"perSecond":%.1f,"p50ms":%.1f,"p99ms":%.1f},\
                "booking":{"requests":%d,"concurrency":%d,"perSecond":%.1f,"p50ms":%.1f,"p99ms":%.1f},"bookingServiceRssMiB":%s}
                """.formatted(Instant.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                CLINICS, therapists.size(), SESSIONS, search.requests(), CLIENT_THREADS, search.perSecond(), search.p50(),
                search.p99(), book.requests(), CLIENT_THREADS, book.perSecond(), book.p50(), book.p99(),
                booking.residentMemoryMib().map(String::valueOf).orElse("null"));
        Path out = Path.of(System.getProperty("clinicnet.project", "..")).resolve("benchmarks/target/benchmark-booking.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json);
        System.out.printf("%n%-46s %8s %8s %8s%n", "", "req/s", "p50 ms", "p99 ms");
        System.out.printf("%-46s %8.1f %8.1f %8.1f%n", "GET /availability (city, 14 days, 4 clients)", search.perSecond(),
                search.p50(), search.p99());
        System.out.printf("%-46s %8.1f %8.1f %8.1f%n", "POST /sessions (free slots, 4 clients)", book.perSecond(),
                book.p50(), book.p99());
        System.out.println(json);
    }

    private static double percentile(List<Long> sorted, double q) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1)) / 1e6;
    }

    private long count(String sql) throws SQLException {
        try (Connection db = connection(); var rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private Connection connection() throws SQLException {
        return DriverManager.getConnection(infrastructure.jdbcUrl("benchmark_booking"), infrastructure.username(),
                infrastructure.password());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Result(int requests, double perSecond, double p50, double p99) {
    }

    @FunctionalInterface
    private interface IntConsumerWithException {
        void accept(int index) throws Exception;
    }
}
