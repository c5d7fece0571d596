package com.clinicnet.booking.session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The booked sessions other features ask about; the session feature alone writes them. */
@Repository
public class BookedSessions {

    private static final String COLUMNS =
            "id, client_id, therapist_id, clinic_id, starts_at, ends_at, clinic_time_zone, version";

    private final JdbcClient jdbc;

    BookedSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The client's next session still booked that starts after the instant. */
    public Optional<BookedSession> nextOfClient(UUID clientId, Instant from) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM session WHERE status = 'BOOKED' AND client_id = :client"
                        + " AND starts_at > :from ORDER BY starts_at LIMIT 1")
                .param("client", clientId).param("from", Timestamp.from(from))
                .query((row, n) -> bookedSession(row)).optional();
    }

    /** A therapist's sessions still booked that start after the instant, soonest first. */
    public List<BookedSession> ofTherapistFrom(UUID therapistId, Instant from) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM session WHERE status = 'BOOKED' AND therapist_id = :therapist"
                        + " AND starts_at > :from ORDER BY starts_at")
                .param("therapist", therapistId).param("from", Timestamp.from(from))
                .query((row, n) -> bookedSession(row)).list();
    }

    /** The clinic's sessions still booked that start after the instant, soonest first. */
    public List<BookedSession> atClinicFrom(UUID clinicId, Instant from) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM session WHERE status = 'BOOKED' AND clinic_id = :clinic"
                        + " AND starts_at > :from ORDER BY starts_at")
                .param("clinic", clinicId).param("from", Timestamp.from(from))
                .query((row, n) -> bookedSession(row)).list();
    }

    public Optional<BookedSession> find(UUID sessionId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM session WHERE status = 'BOOKED' AND id = :id")
                .param("id", sessionId).query((row, n) -> bookedSession(row)).optional();
    }

    private static BookedSession bookedSession(ResultSet row) throws SQLException {
        return new BookedSession(row.getObject("id", UUID.class), row.getObject("client_id", UUID.class),
                row.getObject("therapist_id", UUID.class), row.getObject("clinic_id", UUID.class),
                row.getTimestamp("starts_at").toInstant(), row.getTimestamp("ends_at").toInstant(),
                ZoneId.of(row.getString("clinic_time_zone")), row.getLong("version"));
    }
}
