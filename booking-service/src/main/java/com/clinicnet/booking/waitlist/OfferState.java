package com.clinicnet.booking.waitlist;

/** A held time offered to a waiting client: open until they decide or the hold runs out. */
enum OfferState {
    OPEN,
    ACCEPTED,
    DECLINED,
    EXPIRED,
    /** The client left the waitlist while it was open. */
    WITHDRAWN
}
