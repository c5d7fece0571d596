package com.clinicnet.booking;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes a booked session straight into the table, for stories that need one the API cannot make: a session that
 * has already begun, or a hundred of them. The exclusion constraints still apply.
 */
public final class SessionRows {

    private SessionRows() {
    }

    public static UUID insertBooked(JdbcClient jdbc, UUID client, UUID therapist, UUID clinic, Instant start,
            Duration length, Duration buffer, UUID planId) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO session (id, client_id, therapist_id, clinic_id, room, starts_at, ends_at, blocked_until,
                                             duration_minutes, buffer_minutes, clinic_time_zone, status, version, plan_id)
                        VALUES (:id, :client, :therapist, :clinic, 1, :start, :end, :blocked, :minutes, :buffer,
                                'Europe/Lisbon', 'BOOKED', 1, :plan)
                        """)
                .param("id", id).param("client", client).param("therapist", therapist).param("clinic", clinic)
                .param("start", Timestamp.from(start)).param("end", Timestamp.from(start.plus(length)))
                .param("blocked", Timestamp.from(start.plus(length).plus(buffer)))
                .param("minutes", length.toMinutes()).param("buffer", buffer.toMinutes()).param("plan", planId)
                .update();
        return id;
    }
}
