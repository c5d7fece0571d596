package com.clinicnet.booking.session;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.platform.security.Caller;

/**
 * Booking for another feature (the sessions of a plan booked as a series), inside its transaction and judged exactly
 * as a booking through the API: the caller's rights, the intake, the therapist's hours, the database's constraints.
 */
@Service
public class SessionBookings {

    private final SessionBooking booking;

    SessionBookings(SessionBooking booking) {
        this.booking = booking;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public BookedSession book(Caller caller, UUID clientId, UUID therapistId, UUID clinicId, OffsetDateTime startsAt,
            int durationMinutes, UUID planId) {
        return BookedSession.of(booking.book(caller, new SessionRequest(clientId, therapistId, clinicId, startsAt,
                durationMinutes, planId)));
    }
}
