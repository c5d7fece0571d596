package com.clinicnet.notification.deliverylog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.platform.problem.NotFoundException;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;

/**
 * The delivery log for staff: the state of every planned notification, filtered by client, session or state, at the
 * clinics the caller may see ({@link ClinicScope}).
 */
@Service
class DeliveryLog {

    /** The notifications of the client and the session asked for (either may be absent) in the caller's clinics. */
    private static final String ASKED_FOR_IN_SCOPE = """
            (CAST(:client AS uuid) IS NULL OR client_id = :client)
            AND (CAST(:session AS uuid) IS NULL OR session_id = :session)
            AND (CAST(:everyClinic AS boolean) OR clinic_id = ANY(CAST(:clinics AS uuid[])))
            """;

    private final JdbcClient jdbc;

    DeliveryLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A front desk asking for a client or a session none of its clinics has a notification of gets a 404, as for
     * anything that does not exist: whether another clinic knows them is not its to learn.
     */
    @Transactional(readOnly = true)
    List<DeliveryLogEntry> entries(Caller caller, UUID clientId, UUID sessionId, String state, int limit) {
        caller.requireAny(Role.FRONT_DESK, Role.OPS, Role.ADMIN);
        ClinicScope scope = ClinicScope.of(caller);
        List<DeliveryLogEntry> entries = jdbc.sql("SELECT * FROM notification WHERE " + ASKED_FOR_IN_SCOPE + """
                          AND (CAST(:state AS text) IS NULL OR state = :state)
                        ORDER BY due_at DESC LIMIT :limit
                        """)
                .params(askedFor(clientId, sessionId, scope)).param("state", state).param("limit", limit)
                .query(DeliveryLog::entry)
                .list();
        if (entries.isEmpty() && !scope.everyClinic() && (clientId != null || sessionId != null)
                && !anyInScope(clientId, sessionId, scope)) {
            throw clientId != null ? new NotFoundException("Client", clientId) : new NotFoundException("Session", sessionId);
        }
        return entries;
    }

    private boolean anyInScope(UUID clientId, UUID sessionId, ClinicScope scope) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM notification WHERE " + ASKED_FOR_IN_SCOPE + ")")
                .params(askedFor(clientId, sessionId, scope))
                .query(Boolean.class).single();
    }

    private static Map<String, Object> askedFor(UUID clientId, UUID sessionId, ClinicScope scope) {
        Map<String, Object> params = new HashMap<>(); // the filters not asked for are null, which Map.of refuses
        params.put("client", clientId);
        params.put("session", sessionId);
        params.put("everyClinic", scope.everyClinic());
        params.put("clinics", scope.clinicIdArray());
        return params;
    }

    private static DeliveryLogEntry entry(ResultSet row, int rowNumber) throws SQLException {
        return new DeliveryLogEntry(row.getObject("id", UUID.class), row.getString("kind"),
                row.getObject("client_id", UUID.class), row.getObject("session_id", UUID.class),
                row.getString("state"), row.getString("channel"), row.getTimestamp("due_at").toInstant(),
                toInstant(row.getTimestamp("sent_at")), row.getString("sent_by"), row.getInt("attempts"),
                row.getString("reason"));
    }

    private static Instant toInstant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
