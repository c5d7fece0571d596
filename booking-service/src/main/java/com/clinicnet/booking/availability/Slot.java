package com.clinicnet.booking.availability;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A bookable slot, in the clinic's zone. The score orders the offer: the plan's therapist first, then the level of
 * the matched specialty, then the soonest.
 */
public record Slot(UUID therapistId, String therapistName, UUID clinicId, String clinicName, ZonedDateTime starts,
        ZonedDateTime ends, List<String> matchedSpecialties, int score) {
}
