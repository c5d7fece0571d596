package com.clinicnet.booking.audit;

import java.time.Instant;
import java.util.UUID;

public record AuditEntry(long id, Instant occurredAt, String subject, String roles, String action, String objectType,
        UUID objectId) {
}
