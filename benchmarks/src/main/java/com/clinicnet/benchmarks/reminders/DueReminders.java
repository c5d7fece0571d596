package com.clinicnet.benchmarks.reminders;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.clinicnet.benchmarks.system.BenchmarkedSystem;

/**
 * A burst of SMS reminders that fell due a moment ago, written in one transaction into notification-service's tables
 * as its consumers would have planned them: the client's contact, the session still booked, the clinic's and
 * therapist's names, and the PENDING reminder two hours before the session. One clinic id per burst tells the bursts
 * apart in the table.
 */
final class DueReminders {

    private static final int BATCH = 1000;
    private static final Duration SESSION_FROM_NOW = Duration.ofMinutes(125);
    private static final Duration DUE_BEFORE_NOW = Duration.ofMinutes(5);
    private static final String CONTACT = """
            INSERT INTO contact (client_id, name, email, phone, time_zone, language, preferred_channel, version)
            VALUES (?, ?, NULL, ?, 'Europe/Lisbon', 'en', 'SMS', 1)""";
    private static final String SESSION = """
            INSERT INTO session_state (session_id, version, status, starts_at) VALUES (?, 1, 'BOOKED', ?)""";
    private static final String REMINDER = """
            INSERT INTO notification (id, kind, client_id, session_id, clinic_id, therapist_id, source_event_id, due_at,
                                      state, session_starts_at, clinic_time_zone, duration_minutes, offset_minutes)
            VALUES (?, 'REMINDER', ?, ?, ?, ?, ?, ?, 'PENDING', ?, 'Europe/Lisbon', 60, 120)""";

    private final BenchmarkedSystem system;
    private final UUID clinic = UUID.randomUUID();
    private final List<UUID> ids = new ArrayList<>();
    private Instant committedAt;

    private DueReminders(BenchmarkedSystem system) {
        this.system = system;
    }

    static DueReminders write(BenchmarkedSystem system, int count) throws SQLException {
        DueReminders burst = new DueReminders(system);
        burst.insert(count);
        return burst;
    }

    private void insert(int count) throws SQLException {
        UUID therapist = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        try (Connection db = connect()) {
            db.setAutoCommit(false);
            try (PreparedStatement names = db.prepareStatement("INSERT INTO clinic (id, name, version) VALUES (?, ?, 1)");
                    PreparedStatement therapistName = db.prepareStatement(
                            "INSERT INTO therapist (id, first_name, version) VALUES (?, 'Alex', 1)")) {
                names.setObject(1, clinic);
                names.setString(2, "ClinicNet Benchmark");
                names.executeUpdate();
                therapistName.setObject(1, therapist);
                therapistName.executeUpdate();
            }
            try (PreparedStatement contact = db.prepareStatement(CONTACT);
                    PreparedStatement session = db.prepareStatement(SESSION);
                    PreparedStatement reminder = db.prepareStatement(REMINDER)) {
                for (int i = 0; i < count; i++) {
                    UUID id = UUID.randomUUID();
                    UUID client = UUID.randomUUID();
                    UUID sessionId = UUID.randomUUID();
                    Instant startsAt = now.plus(SESSION_FROM_NOW).plusMillis(i);
                    ids.add(id);
                    contact.setObject(1, client);
                    contact.setString(2, "Client " + i);
                    contact.setString(3, String.format("+3519%08d", i));
                    contact.addBatch();
                    session.setObject(1, sessionId);
                    session.setTimestamp(2, Timestamp.from(startsAt));
                    session.addBatch();
                    reminder.setObject(1, id);
                    reminder.setObject(2, client);
                    reminder.setObject(3, sessionId);
                    reminder.setObject(4, clinic);
                    reminder.setObject(5, therapist);
                    reminder.setObject(6, UUID.randomUUID());
                    reminder.setTimestamp(7, Timestamp.from(now.minus(DUE_BEFORE_NOW).plusMillis(i)));
                    reminder.setTimestamp(8, Timestamp.from(startsAt));
                    reminder.addBatch();
                    if (i % BATCH == BATCH - 1) {
                        executeAll(contact, session, reminder);
                    }
                }
                executeAll(contact, session, reminder);
            }
            db.commit();
            committedAt = Instant.now();
        }
    }

    private static void executeAll(PreparedStatement... statements) throws SQLException {
        for (PreparedStatement statement : statements) {
            statement.executeBatch();
        }
    }

    List<UUID> ids() {
        return List.copyOf(ids);
    }

    Instant committedAt() {
        return committedAt;
    }

    /** How many of the burst are in each state (PENDING, SENDING, SENT, …). */
    Map<String, Long> states() throws SQLException {
        Map<String, Long> states = new HashMap<>();
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement(
                "SELECT state, count(*) FROM notification WHERE clinic_id = ? GROUP BY state")) {
            query.setObject(1, clinic);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    states.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return states;
    }

    /** Per instance (sent_by): how many it sent, and its first and last sent_at. */
    Map<String, SentBy> sentBy() throws SQLException {
        Map<String, SentBy> byInstance = new HashMap<>();
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement("""
                SELECT sent_by, count(*), min(sent_at), max(sent_at) FROM notification
                WHERE clinic_id = ? AND state = 'SENT' GROUP BY sent_by""")) {
            query.setObject(1, clinic);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    byInstance.put(rows.getString(1), new SentBy(rows.getLong(2), rows.getTimestamp(3).toInstant(),
                            rows.getTimestamp(4).toInstant()));
                }
            }
        }
        return byInstance;
    }

    private Connection connect() throws SQLException {
        return system.connect("notification-service");
    }

    record SentBy(long sent, Instant first, Instant last) {

        double perSecond() {
            return sent / Math.max(0.001, Duration.between(first, last).toNanos() / 1e9);
        }
    }
}
