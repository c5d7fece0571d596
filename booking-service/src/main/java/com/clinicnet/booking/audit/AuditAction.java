package com.clinicnet.booking.audit;

/** The changes the audit trail records. */
public enum AuditAction {
    CLIENT_REGISTERED,
    SESSION_BOOKED,
    SESSION_CANCELLED,
    SESSION_RESCHEDULED,
    SESSION_COMPLETED,
    SESSION_NO_SHOW,
    INTAKE_RECORDED,
    CLIENT_UPDATED,
    CLIENT_ERASED
}
