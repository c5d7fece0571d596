package com.clinicnet.notification;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Notifications written straight to the table, for tests that need one in a given clinic, state or age without
 * going through events and the dispatcher. Each has a reason and a trace parent, so tests can see them cleared.
 */
public final class NotificationRows {

    public static final String REASON = "the provider refused it";
    public static final String TRACE_PARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private final JdbcClient jdbc;

    public NotificationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A notification planned a day before it fell due, and sent at {@code sentAt} (null when it never was). */
    public UUID insert(UUID clientId, UUID clinicId, UUID sessionId, String state, Instant dueAt, Instant sentAt) {
        return insert(clientId, clinicId, sessionId, state, dueAt.minus(Duration.ofDays(1)), dueAt, sentAt);
    }

    /** A notification planned at {@code plannedAt}, due at {@code dueAt}, sent at {@code sentAt} (or null). */
    public UUID insert(UUID clientId, UUID clinicId, UUID sessionId, String state, Instant plannedAt, Instant dueAt,
            Instant sentAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO notification (id, kind, client_id, session_id, clinic_id, source_event_id, due_at,
                                                  state, session_starts_at, clinic_time_zone, duration_minutes, reason,
                                                  trace_parent, sent_at, created_at)
                        VALUES (:id, 'CONFIRMATION', :client, :session, :clinic, :source, :due, :state, :startsAt,
                                'Europe/Lisbon', 60, :reason, :traceParent, :sentAt, :createdAt)
                        """)
                .param("id", id).param("client", clientId).param("session", sessionId).param("clinic", clinicId)
                .param("source", UUID.randomUUID()).param("due", Timestamp.from(dueAt)).param("state", state)
                .param("startsAt", Timestamp.from(dueAt.plus(Duration.ofDays(3))))
                .param("reason", REASON).param("traceParent", TRACE_PARENT)
                .param("sentAt", sentAt == null ? null : Timestamp.from(sentAt))
                .param("createdAt", Timestamp.from(plannedAt))
                .update();
        return id;
    }

    /** Client id, reason and trace parent of a notification, as one line. */
    public String personalFieldsOf(UUID id) {
        return jdbc.sql("SELECT concat_ws(' ', client_id, reason, trace_parent) FROM notification WHERE id = :id")
                .param("id", id).query(String.class).single();
    }
}
