package com.clinicnet.web.frontdesk;

/** Why the clinic cancels a session, as booking-service takes it (labelled in both languages). */
enum CancellationReason {
    CLIENT_REQUEST,
    THERAPIST_UNAVAILABLE,
    CLINIC_CLOSED,
    BOOKED_IN_ERROR,
    OTHER
}
