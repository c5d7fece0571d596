package com.clinicnet.booking.waitlist;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Time that freed and is still to be offered, in the order it freed. Written in the transaction that freed it, so
 * none is lost; claimed by one instance at a time, so none is offered twice.
 */
@Repository
class FreedTimes {

    private final JdbcClient jdbc;

    FreedTimes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(FreedTime freed, Instant at) {
        jdbc.sql("""
                        INSERT INTO freed_time (id, therapist_id, clinic_id, starts_at, ends_at, freed_at)
                        VALUES (:id, :therapist, :clinic, :from, :until, :at)
                        """)
                .param("id", freed.id()).param("therapist", freed.therapistId(), java.sql.Types.OTHER)
                .param("clinic", freed.clinicId(), java.sql.Types.OTHER)
                .param("from", Timestamp.from(freed.from())).param("until", Timestamp.from(freed.until()))
                .param("at", Timestamp.from(at)).update();
    }

    /** The oldest freed time no other instance is offering now, locked until this transaction ends. */
    Optional<FreedTime> claimOldest() {
        return jdbc.sql("""
                        SELECT id, therapist_id, clinic_id, starts_at, ends_at FROM freed_time
                        ORDER BY freed_at, id LIMIT 1 FOR UPDATE SKIP LOCKED
                        """)
                .query((row, n) -> new FreedTime(row.getObject("id", UUID.class),
                        row.getObject("therapist_id", UUID.class), row.getObject("clinic_id", UUID.class),
                        row.getTimestamp("starts_at").toInstant(), row.getTimestamp("ends_at").toInstant()))
                .optional();
    }

    void remove(UUID id) {
        jdbc.sql("DELETE FROM freed_time WHERE id = :id").param("id", id).update();
    }
}
