package com.clinicnet.notification.deliverylog;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;

/** The delivery log for staff: the state of every planned notification, filtered by client, session or state. */
@Service
class DeliveryLog {

    private final JdbcClient jdbc;

    DeliveryLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    List<DeliveryLogEntry> entries(Caller caller, UUID clientId, UUID sessionId, String state, int limit) {
        caller.requireAny(Role.FRONT_DESK, Role.OPS, Role.ADMIN);
        return jdbc.sql("""
                        SELECT * FROM notification
                        WHERE (CAST(:client AS uuid) IS NULL OR client_id = :client)
                          AND (CAST(:session AS uuid) IS NULL OR session_id = :session)
                          AND (CAST(:state AS text) IS NULL OR state = :state)
                        ORDER BY due_at DESC LIMIT :limit
                        """)
                .param("client", clientId).param("session", sessionId).param("state", state).param("limit", limit)
                .query((row, n) -> new DeliveryLogEntry(row.getObject("id", UUID.class), row.getString("kind"),
                        row.getObject("client_id", UUID.class), row.getObject("session_id", UUID.class),
                        row.getString("state"), row.getString("channel"), row.getTimestamp("due_at").toInstant(),
                        toInstant(row.getTimestamp("sent_at")), row.getString("sent_by"), row.getInt("attempts"),
                        row.getString("reason")))
                .list();
    }

    private static java.time.Instant toInstant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
