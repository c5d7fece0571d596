package com.clinicnet.benchmarks.baseline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import com.clinicnet.benchmarks.report.Latencies;
import com.clinicnet.benchmarks.system.BenchmarkNetwork;
import com.clinicnet.benchmarks.system.BenchmarkedSystem;

/**
 * What the PostgreSQL server alone allows: single-row INSERT transactions (autocommit) into a table shaped like
 * booking-service's {@code session} — the same columns, the same two exclusion constraints (therapist, room), the same
 * foreign key and index — from as many connections as booking-service's pool holds, on the same free slots a booking
 * would take. A booking does more in its transaction (reads, the idempotency key, the audit entry, the outbox row);
 * this is the ceiling it is measured against.
 */
public final class RawInsertRate {

    /** HikariCP's default, which booking-service keeps. */
    public static final int SERVICE_POOL_SIZE = 10;

    private static final String SCHEMA = """
            DROP TABLE IF EXISTS raw_session;
            DROP TABLE IF EXISTS raw_client;
            CREATE EXTENSION IF NOT EXISTS btree_gist;
            CREATE TABLE raw_client (id UUID PRIMARY KEY);
            CREATE TABLE raw_session
            (
              id               UUID PRIMARY KEY,
              client_id        UUID        NOT NULL REFERENCES raw_client (id),
              therapist_id     UUID        NOT NULL,
              clinic_id        UUID        NOT NULL,
              room             INT         NOT NULL CHECK (room > 0),
              starts_at        TIMESTAMPTZ NOT NULL,
              ends_at          TIMESTAMPTZ NOT NULL,
              blocked_until    TIMESTAMPTZ NOT NULL,
              duration_minutes INT         NOT NULL CHECK (duration_minutes IN (30, 60, 90)),
              buffer_minutes   INT         NOT NULL,
              clinic_time_zone TEXT        NOT NULL,
              status           TEXT        NOT NULL CHECK (status IN ('BOOKED', 'COMPLETED', 'CANCELLED', 'NO_SHOW')),
              version          BIGINT      NOT NULL,
              booked_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
              CHECK (starts_at < ends_at AND ends_at <= blocked_until),
              EXCLUDE USING gist (therapist_id WITH =, tstzrange(starts_at, blocked_until) WITH &&) WHERE (status = 'BOOKED'),
              EXCLUDE USING gist (clinic_id WITH =, room WITH =, tstzrange(starts_at, blocked_until) WITH &&) WHERE (status = 'BOOKED')
            );
            CREATE INDEX raw_session_by_client ON raw_session (client_id);
            """;
    private static final String INSERT = """
            INSERT INTO raw_session (id, client_id, therapist_id, clinic_id, room, starts_at, ends_at, blocked_until,
                                     duration_minutes, buffer_minutes, clinic_time_zone, status, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 60, 10, 'Europe/Lisbon', 'BOOKED', 1)""";
    private static final int BUFFER_MINUTES = 10;
    private static final int ROOMS = 10;

    private final BenchmarkedSystem system;
    private final BenchmarkNetwork network;
    private final UUID client = UUID.randomUUID();
    private final AtomicLong nextSlot = new AtomicLong();

    /** Into the system's {@code raw} database: the same server as the services', not their tables. */
    public RawInsertRate(BenchmarkedSystem system, BenchmarkNetwork network) {
        this.system = system;
        this.network = network;
    }

    /** Inserts for the warm-up (not counted), then for the measured time; the committed rows per second. */
    public Result measure(int connections, Duration warmUp, Duration measured) throws Exception {
        createTable();
        insertFor(connections, warmUp);
        return insertFor(connections, measured);
    }

    private void createTable() throws SQLException {
        try (Connection db = connect(); Statement statement = db.createStatement()) {
            statement.execute(SCHEMA);
            statement.execute("INSERT INTO raw_client VALUES ('" + client + "')");
        }
    }

    private Result insertFor(int connections, Duration duration) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(connections);
        Latencies latencies = new Latencies();
        long end = System.nanoTime() + duration.toNanos();
        long begin = System.nanoTime();
        List<Future<Long>> inserted = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            inserted.add(threads.submit(() -> insertUntil(end, latencies)));
        }
        long rows = 0;
        for (Future<Long> count : inserted) {
            rows += count.get();
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        threads.shutdown();
        return new Result(connections, rows, rows / seconds, latencies.p50(), latencies.p99());
    }

    private long insertUntil(long end, Latencies latencies) throws SQLException {
        long rows = 0;
        try (Connection db = connect(); PreparedStatement insert = db.prepareStatement(INSERT)) {
            while (System.nanoTime() < end) {
                long started = System.nanoTime();
                bind(insert, nextSlot.getAndIncrement());
                insert.executeUpdate();
                latencies.add(Duration.ofNanos(System.nanoTime() - started));
                rows++;
            }
        }
        return rows;
    }

    private void bind(PreparedStatement insert, long n) throws SQLException {
        BenchmarkNetwork.Slot slot = network.slot(n);
        ZonedDateTime start = slot.startsAt();
        ZonedDateTime end = start.plusMinutes(BenchmarkNetwork.SESSION_MINUTES);
        insert.setObject(1, UUID.randomUUID());
        insert.setObject(2, client);
        insert.setObject(3, slot.therapist());
        insert.setObject(4, slot.clinic());
        insert.setInt(5, 1 + (int) (n % network.therapists().size()) % ROOMS);
        insert.setTimestamp(6, Timestamp.from(start.toInstant()));
        insert.setTimestamp(7, Timestamp.from(end.toInstant()));
        insert.setTimestamp(8, Timestamp.from(end.plusMinutes(BUFFER_MINUTES).toInstant()));
    }

    private Connection connect() throws SQLException {
        return system.connect("raw");
    }

    public record Result(int connections, long rows, double perSecond, double p50Millis, double p99Millis) {
    }
}
