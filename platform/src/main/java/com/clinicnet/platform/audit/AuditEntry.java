package com.clinicnet.platform.audit;

import java.time.Instant;
import java.util.UUID;

/** One line of the audit trail; {@code reason} is null where the action needs no more than the object. */
public record AuditEntry(long id, Instant occurredAt, String subject, String roles, String action, String objectType,
        UUID objectId, String reason) {
}
