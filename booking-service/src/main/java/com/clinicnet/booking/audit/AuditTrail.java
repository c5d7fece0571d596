package com.clinicnet.booking.audit;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;

/**
 * Who did what to which object, and when: written in the same transaction as the change, to a table the database
 * keeps append-only. It names objects by id; it never copies personal or intake data.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Caller caller, AuditAction action, String objectType, UUID objectId) {
        jdbc.sql("""
                        INSERT INTO audit_entry (occurred_at, subject, roles, action, object_type, object_id)
                        VALUES (now(), :subject, :roles, :action, :type, :id)
                        """)
                .param("subject", caller.subject())
                .param("roles", caller.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")))
                .param("action", action.name()).param("type", objectType).param("id", objectId)
                .update();
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> about(UUID objectId, int limit) {
        return jdbc.sql("""
                        SELECT * FROM audit_entry WHERE (:id::uuid IS NULL OR object_id = :id)
                        ORDER BY id DESC LIMIT :limit
                        """)
                .param("id", objectId).param("limit", limit)
                .query((row, n) -> new AuditEntry(row.getLong("id"), row.getTimestamp("occurred_at").toInstant(),
                        row.getString("subject"), row.getString("roles"), row.getString("action"),
                        row.getString("object_type"), row.getObject("object_id", UUID.class)))
                .list();
    }
}
