package com.clinicnet.notification.planning;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The latest known state of each session, by version: an event older than what is held changes nothing. */
@Repository
public class SessionStates {

    private final JdbcClient jdbc;

    SessionStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the session's new state; false when the event is not newer than the state held (stale or repeated). */
    boolean advance(UUID sessionId, long version, String status, Instant startsAt) {
        return jdbc.sql("""
                        INSERT INTO session_state (session_id, version, status, starts_at)
                        VALUES (:session, :version, :status, :startsAt)
                        ON CONFLICT (session_id) DO UPDATE SET version = excluded.version, status = excluded.status,
                            starts_at = excluded.starts_at
                        WHERE session_state.version < excluded.version
                        """)
                .param("session", sessionId).param("version", version).param("status", status)
                .param("startsAt", Timestamp.from(startsAt)).update() == 1;
    }

    /** The session's latest version known here, which a calendar invite carries as its SEQUENCE. */
    public Optional<Long> versionOf(UUID sessionId) {
        return jdbc.sql("SELECT version FROM session_state WHERE session_id = :session").param("session", sessionId)
                .query(Long.class).optional();
    }

    /** Whether the session is still booked at that start: a reminder for any other time must not go out. */
    public boolean stillBookedAt(UUID sessionId, Instant startsAt) {
        Optional<Boolean> same = jdbc.sql("SELECT status = 'BOOKED' AND starts_at = :startsAt FROM session_state WHERE session_id = :session")
                .param("session", sessionId).param("startsAt", Timestamp.from(startsAt))
                .query(Boolean.class).optional();
        return same.orElse(true);
    }
}
