package com.clinicnet.booking.availability;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The time sessions take, as a slot search and the shift utilisation need it: one statement per question, however
 * many clinics and therapists are in scope. Who works when is the directory's answer ({@code DirectoryReadModel}).
 */
@Repository
class SessionOccupancy {

    private final JdbcClient jdbc;

    SessionOccupancy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Booked and held sessions at these clinics or of these therapists that touch the window. */
    List<Occupancy> occupancy(Collection<UUID> clinicIds, Collection<UUID> therapistIds, Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT therapist_id, clinic_id, room, starts_at, blocked_until FROM session
                        WHERE status IN ('BOOKED', 'HELD') AND (clinic_id = ANY(:clinics) OR therapist_id = ANY(:therapists))
                          AND starts_at < :to AND blocked_until > :from
                        """)
                .param("clinics", clinicIds.toArray(UUID[]::new)).param("therapists", therapistIds.toArray(UUID[]::new))
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((row, n) -> new Occupancy(row.getObject("therapist_id", UUID.class),
                        row.getObject("clinic_id", UUID.class), row.getInt("room"),
                        row.getTimestamp("starts_at").toInstant(), row.getTimestamp("blocked_until").toInstant()))
                .list();
    }

    /** Sessions at these clinics that take their therapist's time (booked, completed, missed) and touch the window. */
    List<HeldSession> heldSessions(Collection<UUID> clinicIds, Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT therapist_id, clinic_id, starts_at, ends_at FROM session
                        WHERE status IN ('BOOKED', 'COMPLETED', 'NO_SHOW') AND clinic_id = ANY(:clinics)
                          AND starts_at < :to AND ends_at > :from
                        """)
                .param("clinics", clinicIds.toArray(UUID[]::new))
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((row, n) -> new HeldSession(row.getObject("therapist_id", UUID.class),
                        row.getObject("clinic_id", UUID.class), row.getTimestamp("starts_at").toInstant(),
                        row.getTimestamp("ends_at").toInstant()))
                .list();
    }
}
