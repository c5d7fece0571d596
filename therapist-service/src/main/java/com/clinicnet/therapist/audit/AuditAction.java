package com.clinicnet.therapist.audit;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The changes to the directory that therapist-service's audit trail records, each with its object: a "clinic" or a
 * "therapist" by its id; the schedule and time off under their therapist, the time off's own id in the reason (never
 * the reason its therapist gave, which may be about their health). A specialty's key is its code, not a UUID: it is
 * filed under {@link #specialtyId(String)}, the name-based UUID of the code, with the code itself in the reason, so
 * {@code GET /audit?objectId=} finds every entry of one specialty.
 */
public enum AuditAction {
    CLINIC_OPENED,
    CLINIC_REVISED,
    SPECIALTY_DESCRIBED,
    THERAPIST_REGISTERED,
    THERAPIST_REVISED,
    THERAPIST_DEACTIVATED,
    THERAPIST_REMOVED,
    SCHEDULE_CHANGED,
    TIME_OFF_ADDED,
    TIME_OFF_REMOVED;

    /** The id a specialty's entries are filed under: the same for the same code, at every start, on every host. */
    public static UUID specialtyId(String code) {
        return UUID.nameUUIDFromBytes(code.getBytes(StandardCharsets.UTF_8));
    }
}
