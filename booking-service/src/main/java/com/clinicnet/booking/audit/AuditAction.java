package com.clinicnet.booking.audit;

/** The changes (and the reads of intake data) that booking-service's audit trail records. */
public enum AuditAction {
    CLIENT_REGISTERED,
    SESSION_BOOKED,
    SESSION_CANCELLED,
    SESSION_RESCHEDULED,
    SESSION_COMPLETED,
    SESSION_NO_SHOW,
    /** The front desk marked the client arrived for the session. */
    CLIENT_ARRIVED,
    INTAKE_RECORDED,
    INTAKE_READ,
    CLIENT_UPDATED,
    CLIENT_ERASED,
    PLAN_STARTED,
    PLAN_SESSION_BOOKED,
    PLAN_COMPLETED,
    /** Its number of sessions or their cadence changed. */
    PLAN_CHANGED,
    /** Ended before its sessions were done: by those it concerns, or because its client was erased. */
    PLAN_ENDED
}
