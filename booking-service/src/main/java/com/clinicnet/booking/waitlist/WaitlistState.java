package com.clinicnet.booking.waitlist;

/** Where a client's place on a waitlist stands: in line, served (they took a time), or gone. */
enum WaitlistState {
    WAITING,
    BOOKED,
    LEFT
}
