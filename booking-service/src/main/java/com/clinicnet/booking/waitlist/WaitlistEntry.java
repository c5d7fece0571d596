package com.clinicnet.booking.waitlist;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A client's place in line: what they wait for (a concern, which any therapist addressing it may treat, or one
 * therapist), where (a clinic, or any clinic of a city), when they can come and for how long.
 */
record WaitlistEntry(UUID id, UUID clientId, String concern, UUID therapistId, UUID clinicId, String city,
        SuitableHours hours, Duration length, WaitlistState state, Instant joinedAt) {

    /** Whether a clinic, in a city, is one the client would go to. */
    boolean wouldGoTo(UUID otherClinic, String otherCity) {
        return clinicId != null ? clinicId.equals(otherClinic) : city.equalsIgnoreCase(otherCity);
    }

    boolean isWaiting() {
        return state == WaitlistState.WAITING;
    }
}
