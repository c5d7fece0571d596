package com.clinicnet.booking.disruption;

/** How an open disruption ended. */
enum DisruptionResolution {
    /** Moved to another time (an alternative taken, or any reschedule). */
    RESCHEDULED,
    /** Cancelled by the client or the front desk. */
    CANCELLED,
    /** The therapist works it after all (time off withdrawn, the shift back). */
    RESTORED,
    /** Held or missed as booked. */
    HELD
}
