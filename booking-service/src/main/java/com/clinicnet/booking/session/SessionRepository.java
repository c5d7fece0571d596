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

    /**
     * Inserts a booked session, part of a treatment plan when planId is not null; the exclusion constraints refuse it
     * if the therapist or the room is taken.
     */
    void insert(Session session, UUID planId) {
        jdbc.sql("""
                        INSERT INTO session (id, client_id, therapist_id, clinic_id, room, starts_at, ends_at,
                                             blocked_until, duration_minutes, buffer_minutes, clinic_time_zone,
                                             late_cancellation_notice_minutes, status, version, plan_id)
                        VALUES (:id, :client, :therapist, :clinic, :room, :startsAt, :endsAt, :blockedUntil,
                                :minutes, :buffer, :zone, :notice, :status, :version, :plan)
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
                .param("notice", session.lateCancellationNotice().toMinutes())
                .param("status", session.status().name()).param("version", session.version())
                .param("plan", planId)
                .update();
    }

    /**
     * Writes a changed session if nobody changed it meanwhile; false when its version moved on. A new time still
     * meets the exclusion constraints. A cancellation reason, once given, is kept.
     */
    boolean update(Session session, boolean lateCancellation, CancellationReason cancellationReason) {
        return jdbc.sql("""
                        UPDATE session SET status = :status, version = :version, room = :room, starts_at = :startsAt,
                               ends_at = :endsAt, blocked_until = :blockedUntil, late_cancellation = :late,
                               therapist_id = :therapist, clinic_id = :clinic, buffer_minutes = :buffer,
                               clinic_time_zone = :zone, late_cancellation_notice_minutes = :notice,
                               cancelled_at = CASE WHEN :status = 'CANCELLED' THEN now() ELSE cancelled_at END,
                               arrived_at = :arrivedAt,
                               cancellation_reason = COALESCE(:reason, cancellation_reason)
                        WHERE id = :id AND version = :previous
                        """)
                .param("id", session.id()).param("previous", session.version() - 1)
                .param("status", session.status().name()).param("version", session.version())
                .param("room", session.room())
                .param("startsAt", Timestamp.from(session.startsAt()))
                .param("endsAt", Timestamp.from(session.endsAt()))
                .param("blockedUntil", Timestamp.from(session.blockedUntil()))
                .param("therapist", session.therapistId()).param("clinic", session.clinicId())
                .param("buffer", session.bufferAfter().toMinutes()).param("zone", session.clinicTimeZone().getId())
                .param("notice", session.lateCancellationNotice().toMinutes())
                .param("late", lateCancellation)
                .param("arrivedAt", session.arrivedAt() == null ? null : session.arrivedAt().atOffset(java.time.ZoneOffset.UTC),
                        java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("reason", cancellationReason == null ? null : cancellationReason.name(), java.sql.Types.VARCHAR)
                .update() == 1;
    }

    /** Whether the session is one of a treatment plan's. */
    boolean isOfAPlan(UUID sessionId) {
        return jdbc.sql("SELECT plan_id IS NOT NULL FROM session WHERE id = :id").param("id", sessionId)
                .query(Boolean.class).optional().orElse(false);
    }

    java.util.List<Session> ofClient(UUID clientId) {
        return jdbc.sql("SELECT * FROM session WHERE client_id = :client AND status <> 'HELD' ORDER BY starts_at")
                .param("client", clientId).query(SessionRepository::session).list();
    }

    /** Points the client's sessions at another client: the erased one, when the client is erased. */
    void reassignClient(UUID clientId, UUID otherClient) {
        jdbc.sql("UPDATE session SET client_id = :other WHERE client_id = :client")
                .param("client", clientId).param("other", otherClient).update();
    }

    /** Rooms taken by other booked or held sessions at the clinic during that time. */
    Set<Integer> roomsInUse(UUID clinicId, Instant from, Instant until, UUID exceptSession) {
        return new HashSet<>(jdbc.sql("""
                        SELECT room FROM session
                        WHERE clinic_id = :clinic AND status IN ('BOOKED', 'HELD') AND id <> :except
                          AND tstzrange(starts_at, blocked_until) && tstzrange(:from, :until)
                        """)
                .param("clinic", clinicId).param("from", Timestamp.from(from)).param("until", Timestamp.from(until))
                .param("except", exceptSession)
                .query(Integer.class).list());
    }

    /** Lets a held session go, so its time is free again; false when it is no longer held. */
    boolean deleteHeld(UUID id) {
        return jdbc.sql("DELETE FROM session WHERE id = :id AND status = 'HELD'").param("id", id).update() == 1;
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
                Duration.ofMinutes(row.getInt("late_cancellation_notice_minutes")),
                SessionStatus.valueOf(row.getString("status")), row.getLong("version"),
                row.getTimestamp("arrived_at") == null ? null : row.getTimestamp("arrived_at").toInstant());
    }
}
