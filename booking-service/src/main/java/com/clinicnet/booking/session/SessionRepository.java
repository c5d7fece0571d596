package com.clinicnet.booking.session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SessionRepository {

    private final JdbcClient jdbc;

    SessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a booked session; the exclusion constraints refuse it if the therapist or the room is taken. */
    void insert(Session session) {
        jdbc.sql("""
                        INSERT INTO session (id, client_id, therapist_id, clinic_id, room, starts_at, ends_at,
                                             blocked_until, duration_minutes, buffer_minutes, clinic_time_zone,
                                             status, version)
                        VALUES (:id, :client, :therapist, :clinic, :room, :startsAt, :endsAt, :blockedUntil,
                                :minutes, :buffer, :zone, :status, :version)
                        """)
                .param("id", session.id()).param("client", session.clientId())
                .param("therapist", session.therapistId()).param("clinic", session.clinicId())
                .param("room", session.room())
                .param("startsAt", Timestamp.from(session.startsAt()))
                .param("endsAt", Timestamp.from(session.endsAt()))
                .param("blockedUntil", Timestamp.from(session.blockedUntil()))
                .param("minutes", session.length().minutes())
                .param("buffer", session.bufferAfter().toMinutes())
                .param("zone", session.clinicTimeZone().getId())
                .param("status", session.status().name()).param("version", session.version())
                .update();
    }

    Set<Integer> roomsInUse(UUID clinicId, Instant from, Instant until) {
        return new HashSet<>(jdbc.sql("""
                        SELECT room FROM session
                        WHERE clinic_id = :clinic AND status = 'BOOKED'
                          AND tstzrange(starts_at, blocked_until) && tstzrange(:from, :until)
                        """)
                .param("clinic", clinicId).param("from", Timestamp.from(from)).param("until", Timestamp.from(until))
                .query(Integer.class).list());
    }

    Optional<Session> find(UUID id) {
        return jdbc.sql("SELECT * FROM session WHERE id = :id").param("id", id).query(SessionRepository::session)
                .optional();
    }

    private static Session session(ResultSet row, int rowNumber) throws SQLException {
        return new Session(row.getObject("id", UUID.class), row.getObject("client_id", UUID.class),
                row.getObject("therapist_id", UUID.class), row.getObject("clinic_id", UUID.class),
                row.getInt("room"), row.getTimestamp("starts_at").toInstant(),
                SessionLength.ofMinutes(row.getInt("duration_minutes")).orElseThrow(),
                Duration.ofMinutes(row.getInt("buffer_minutes")), ZoneId.of(row.getString("clinic_time_zone")),
                SessionStatus.valueOf(row.getString("status")), row.getLong("version"));
    }
}
