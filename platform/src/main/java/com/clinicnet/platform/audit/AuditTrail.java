package com.clinicnet.platform.audit;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;

/**
 * Who did what to which object, and when: written in the same transaction as the change (so a change that rolls
 * back leaves no entry, and no change commits without one), to the service's {@code audit_entry} table, which the
 * database keeps append-only. It names objects by id; it never copies personal or health data, and neither may a
 * reason: a reason points at other ids ("time off 1234…"), it never quotes what a person wrote.
 */
public class AuditTrail {

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code action} is one of the service's own audit actions; its name is what the entry keeps. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Caller caller, Enum<?> action, String objectType, UUID objectId) {
        record(caller, action, objectType, objectId, null);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Caller caller, Enum<?> action, String objectType, UUID objectId, String reason) {
        jdbc.sql("""
                        INSERT INTO audit_entry (occurred_at, subject, roles, action, object_type, object_id, reason)
                        VALUES (now(), :subject, :roles, :action, :type, :id, :reason)
                        """)
                .param("subject", caller.subject())
                .param("roles", caller.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")))
                .param("action", action.name()).param("type", objectType).param("id", objectId)
                .param("reason", reason)
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
                        row.getString("object_type"), row.getObject("object_id", UUID.class),
                        row.getString("reason")))
                .list();
    }
}
