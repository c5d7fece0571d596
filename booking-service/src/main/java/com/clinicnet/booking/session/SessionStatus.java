package com.clinicnet.booking.session;

/** Where a session stands. Only BOOKED sessions hold a therapist and a room. */
public enum SessionStatus {
    BOOKED,
    COMPLETED,
    CANCELLED,
    NO_SHOW
}
