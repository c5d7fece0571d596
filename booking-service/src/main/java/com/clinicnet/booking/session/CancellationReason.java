package com.clinicnet.booking.session;

/**
 * Why a session was cancelled, as the front desk records it: a code, never free text. Kept with the session and in
 * the audit trail; not published, since no other service acts on it.
 */
public enum CancellationReason {
    CLIENT_REQUEST,
    THERAPIST_UNAVAILABLE,
    CLINIC_CLOSED,
    BOOKED_IN_ERROR,
    OTHER
}
