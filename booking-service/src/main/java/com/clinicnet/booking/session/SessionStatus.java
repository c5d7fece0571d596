package com.clinicnet.booking.session;

/**
 * Where a session stands. Only HELD and BOOKED sessions hold a therapist and a room; a HELD one is kept for a client
 * on a waitlist while they decide, and nothing but taking it (or letting it go) can change it.
 */
public enum SessionStatus {
    HELD,
    BOOKED,
    COMPLETED,
    CANCELLED,
    NO_SHOW
}
