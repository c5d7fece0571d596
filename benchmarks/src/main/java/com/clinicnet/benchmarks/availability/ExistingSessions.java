package com.clinicnet.benchmarks.availability;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZonedDateTime;
import java.util.UUID;

import com.clinicnet.benchmarks.system.BenchmarkNetwork;
import com.clinicnet.benchmarks.system.BenchmarkedSystem;
import com.clinicnet.benchmarks.system.Sql;

/**
 * Sessions already booked, written straight into booking-service's table (20,000 through the API would take the
 * benchmark longer than the measurement): each therapist's working days of the window filled from 08:00 in 70-minute
 * steps (a 60-minute session and its 10-minute buffer), day after day in turn, so the free time left is at the end of
 * the days — a busy network, not an empty one.
 */
final class ExistingSessions {

    private static final int STEP_MINUTES = 70;
    private static final int BUFFER_MINUTES = 10;
    private static final String INSERT = """
            INSERT INTO session (id, client_id, therapist_id, clinic_id, room, starts_at, ends_at, blocked_until,
                                 duration_minutes, buffer_minutes, clinic_time_zone, status, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 60, 10, 'Europe/Lisbon', 'BOOKED', 1)""";

    private ExistingSessions() {
    }

    static long seed(BenchmarkedSystem system, BenchmarkNetwork network, UUID client, int perTherapist,
            int workingDays, int roomsPerClinic) throws SQLException {
        try (Connection db = system.connect("booking-service"); PreparedStatement insert = db.prepareStatement(INSERT)) {
            db.setAutoCommit(false);
            for (int t = 0; t < network.therapists().size(); t++) {
                for (int s = 0; s < perTherapist; s++) {
                    ZonedDateTime start = network.workingDay(s % workingDays).atTime(8, 0)
                            .plusMinutes((long) STEP_MINUTES * (s / workingDays)).atZone(BenchmarkNetwork.ZONE);
                    ZonedDateTime end = start.plusMinutes(BenchmarkNetwork.SESSION_MINUTES);
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, client);
                    insert.setObject(3, network.therapists().get(t));
                    insert.setObject(4, network.clinicOf(t));
                    insert.setInt(5, 1 + t % roomsPerClinic);
                    insert.setTimestamp(6, Timestamp.from(start.toInstant()));
                    insert.setTimestamp(7, Timestamp.from(end.toInstant()));
                    insert.setTimestamp(8, Timestamp.from(end.plusMinutes(BUFFER_MINUTES).toInstant()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            db.commit();
            return Sql.count(db, "SELECT count(*) FROM session");
        }
    }
}
