package com.clinicnet.booking.waitlist;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** A freed time held for a waiting client, as a held session, until they take it or {@code heldUntil} passes. */
record WaitlistOffer(UUID id, UUID entryId, UUID sessionId, UUID therapistId, UUID clinicId, Instant startsAt,
        Instant endsAt, ZoneId clinicTimeZone, Instant heldUntil, OfferState state, Instant offeredAt) {

    /** The hold runs out at its deadline: from that instant on, the time is the next client's. */
    boolean isHeldAt(Instant now) {
        return state == OfferState.OPEN && now.isBefore(heldUntil);
    }
}
