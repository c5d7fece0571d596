package com.clinicnet.therapist.roster;

import java.time.Instant;
import java.util.UUID;

/** A period a therapist is away; {@code reason} is private to staff and the therapist. */
record TimeOff(UUID id, Instant from, Instant to, String reason) {

    TimeOff withoutReason() {
        return new TimeOff(id, from, to, null);
    }
}
