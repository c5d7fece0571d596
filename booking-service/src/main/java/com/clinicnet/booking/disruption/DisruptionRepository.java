package com.clinicnet.booking.disruption;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class DisruptionRepository {

    private static final TypeReference<List<Alternative>> ALTERNATIVES = new TypeReference<>() {
    };

    private static final String SELECT = """
            SELECT session_id, client_id, clinic_id, therapist_id, starts_at, ends_at, cause, alternatives, detected_at,
                   escalated_at
            FROM session_disruption""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DisruptionRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    boolean isOpen(UUID sessionId) {
        return jdbc.sql("SELECT count(*) FROM session_disruption WHERE session_id = :id AND resolved_at IS NULL")
                .param("id", sessionId).query(Integer.class).single() > 0;
    }

    /** Records the disruption, or reopens one that had ended; false when it is open already. */
    boolean open(Disruption disruption) {
        return jdbc.sql("""
                        INSERT INTO session_disruption (session_id, client_id, clinic_id, therapist_id, starts_at,
                                                        ends_at, cause, alternatives, detected_at)
                        VALUES (:session, :client, :clinic, :therapist, :starts, :ends, :cause,
                                CAST(:alternatives AS jsonb), :detected)
                        ON CONFLICT (session_id) DO UPDATE SET client_id = excluded.client_id,
                            clinic_id = excluded.clinic_id, therapist_id = excluded.therapist_id,
                            starts_at = excluded.starts_at, ends_at = excluded.ends_at, cause = excluded.cause,
                            alternatives = excluded.alternatives, detected_at = excluded.detected_at,
                            resolved_at = NULL, resolution = NULL, escalated_at = NULL
                        WHERE session_disruption.resolved_at IS NOT NULL
                        """)
                .param("session", disruption.sessionId()).param("client", disruption.clientId())
                .param("clinic", disruption.clinicId()).param("therapist", disruption.therapistId())
                .param("starts", Timestamp.from(disruption.startsAt()))
                .param("ends", Timestamp.from(disruption.endsAt()))
                .param("cause", disruption.cause().name())
                .param("alternatives", json.writeValueAsString(disruption.alternatives()))
                .param("detected", Timestamp.from(disruption.detectedAt()))
                .update() == 1;
    }

    /** Ends the session's open disruption, if it has one. */
    void resolve(UUID sessionId, DisruptionResolution resolution, Instant at) {
        jdbc.sql("""
                        UPDATE session_disruption SET resolved_at = :at, resolution = :resolution
                        WHERE session_id = :id AND resolved_at IS NULL
                        """)
                .param("id", sessionId).param("resolution", resolution.name()).param("at", Timestamp.from(at))
                .update();
    }

    /** The session's disruption, open or ended (the latest, since one is reopened rather than added). */
    Optional<Disruption> ofSession(UUID sessionId) {
        return jdbc.sql(SELECT + " WHERE session_id = :id").param("id", sessionId)
                .query((row, n) -> disruption(row)).optional();
    }

    /**
     * Open disruptions not raised again yet whose session starts before the instant, locked for this transaction;
     * rows another instance holds are skipped, so each is raised once.
     */
    List<Disruption> claimToEscalate(Instant startingBefore, int limit) {
        return jdbc.sql(SELECT + """
                         WHERE resolved_at IS NULL AND escalated_at IS NULL AND starts_at <= :before
                        ORDER BY starts_at LIMIT :limit FOR UPDATE SKIP LOCKED""")
                .param("before", Timestamp.from(startingBefore)).param("limit", limit)
                .query((row, n) -> disruption(row)).list();
    }

    void markEscalated(UUID sessionId, Instant at) {
        jdbc.sql("UPDATE session_disruption SET escalated_at = :at WHERE session_id = :id")
                .param("id", sessionId).param("at", Timestamp.from(at)).update();
    }

    /** The disruptions still open at the clinic, soonest session first. */
    List<Disruption> openAt(UUID clinicId) {
        return jdbc.sql(SELECT + " WHERE clinic_id = :clinic AND resolved_at IS NULL ORDER BY starts_at")
                .param("clinic", clinicId).query((row, n) -> disruption(row)).list();
    }

    private static Instant instantOrNull(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private Disruption disruption(ResultSet row) throws SQLException {
        return new Disruption(row.getObject("session_id", UUID.class), row.getObject("client_id", UUID.class),
                row.getObject("clinic_id", UUID.class), row.getObject("therapist_id", UUID.class),
                row.getTimestamp("starts_at").toInstant(), row.getTimestamp("ends_at").toInstant(),
                DisruptionCause.valueOf(row.getString("cause")),
                json.readValue(row.getString("alternatives"), ALTERNATIVES),
                row.getTimestamp("detected_at").toInstant(), instantOrNull(row.getTimestamp("escalated_at")));
    }
}
